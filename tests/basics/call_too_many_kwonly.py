def h(a, b=1, *, c): pass
def h2(a, *, c, d): pass
def h3(a, *, c=1): pass
def h4(*, c): pass
for f, a, k in [(h, (1,2,3), {'c':1}), (h2, (1,2), {'c':1,'d':2}), (h2,(1,2),{'c':1}), (h3,(1,2),{'c':5}), (h3,(1,2),{}), (h4,(1,),{'c':1}), (h4,(1,2),{}), (h, (1,2,3), {})]:
    try: f(*a, **k)
    except TypeError as e: print(e)
