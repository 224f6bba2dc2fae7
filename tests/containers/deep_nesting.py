# very deep nesting: RecursionError (or a result), never a crash
l = []
for i in range(1100):
    l = [l]
for f in (repr, lambda x: x == x[:] and False, str):
    try:
        f(l)
        print('ok')
    except RecursionError:
        print('RecursionError')
t = ()
for i in range(1100):
    t = (t,)
for f in (repr, lambda x: x == (x[0],), lambda x: x < (x[0],)):
    try:
        f(t)
        print('ok')
    except RecursionError:
        print('RecursionError')
d = {}
for i in range(100):
    d = {1: d}
try:
    print(d == {1: d[1]})
except RecursionError:
    print('RecursionError')
