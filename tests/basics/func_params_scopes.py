def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))
print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9, h=10))
print(f(*[1, 2], *(3,), e=1, **{'z': 2}))
args = (1, 2, 3)
kw = {'e': 0}
print(f(*args, **kw, zz=3))

def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter()
c(); c(); print(c(10))

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())

def param_cell(p):
    def g():
        return p * 2
    p += 1
    return g()
print(param_cell(5))

g0 = 10
def useg():
    global g0
    g0 += 1
    return g0
print(useg(), g0)

def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
def deco2(tag):
    def d(fn):
        fn.tag = tag
        return fn
    return d
@deco
@deco2("t")
def dec_target(x):
    return x + 1
print(dec_target(1))
print(f.__name__, counter().__qualname__, outer.__qualname__)
lam = lambda x, y=2, *z, **w: (x, y, z, w)
print(lam(1), lam(1, 3, 4, k=5))
print((lambda: 42)())
print([(lambda q: q * i)(2) for i in range(3)])
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1))
def gen():
    x = yield 1
    print("got", x)
    yield from range(2)
    return 7
g = gen()
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop")
def genexp_closure(n):
    return list(x * n for x in range(4) if x % 2 == 0)
print(genexp_closure(3))
def multi_assign():
    a = b = c = [1]
    a, b = b, a
    x, *y, z = range(5)
    (p, q), r = (1, 2), 3
    [s, [t, u]] = [4, [5, 6]]
    *v, = [7, 8]
    return a, b, c, x, y, z, p, q, r, s, t, u, v
print(multi_assign())
def deltest():
    a = 1
    b = [1, 2, 3]
    del a, b[0]
    try:
        a
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    return b
print(deltest())
def walrus(data):
    if (n := len(data)) > 2:
        return n
    return [y for x in data if (y := x * 2) > 2], y
print(walrus([1, 2]), walrus([1, 2, 3]))
print(f"{3+4=}", f"{'a'!r:>5}", f"{3.14159:.{2}f}", f"{{}}", f"a{1}b{2}c")
x = 5
print(f"{x!r} {x:03d} {x=:4} { x = }")
print(f'''{
x
}''')
