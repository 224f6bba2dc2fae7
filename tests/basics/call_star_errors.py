def f(*a, **k): pass
class C:
    def m(self, *a, **k): pass
def t(fn):
    try: fn()
    except TypeError as e: print(e)
t(lambda: f(*1)); t(lambda: f(**[1])); t(lambda: f(**{'a': 1}, **{'a': 2})); t(lambda: f(**{1: 2}))
t(lambda: C().m(*None)); t(lambda: C.m(C(), **3)); t(lambda: print(*5)); t(lambda: len(*1)); t(lambda: C().m(*1, *2))
t(lambda: [*1]); t(lambda: {**1}); t(lambda: (*None,)); t(lambda: {*3})
t(lambda: f(1, **{'a': 1}, a=2)); t(lambda: f(a=1, **{'a': 2})); t(lambda: dict(**{'a': 1}, a=2))
for src in ['f(1, *1)', 'f(*1, 2)', 'f(*1, *[2])', 'f(*[1], *2)', 'f(*1, a=2)', 'f(*1, **{})', 'C().m(*1)', 'C.m(*1)', 'f(*iter([1]), *2)']:
    try: eval(src)
    except TypeError as e: print(src, e)
class It:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
print(f(*It()), [*It()], (*It(),))
