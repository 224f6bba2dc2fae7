def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    return 9
it = g(); print(next(it)); print(it.send('s')); print(it.throw(ValueError('v')))
try: next(it)
except StopIteration as e: print("stop", e.value)
def sub():
    r = yield from g()
    print("r", r)
print(list(sub()))
print([x*y for x in range(3) for y in range(x) if y])
print({x: x**2 for x in range(4)}, {x%3 for x in range(10)})
ge = (x for x in range(3)); print(sum(ge), sum(ge))
x = 10
print([x for x in range(3)], x)
print((y := 5) + y)
print([z := i for i in range(3)], z)
def outer():
    n = 0
    def inc():
        nonlocal n; n += 1; return n
    return inc
c = outer(); c(); print(c(), c.__closure__[0].cell_contents)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
def deco(tag):
    def d(f):
        def w(*a, **k):
            return f"{tag}:{f(*a, **k)}"
        return w
    return d
@deco("a")
@deco("b")
def hi(n): return n
print(hi(1))
def kw(a, /, b, *args, c, d=4, **kw): return a, b, args, c, d, kw
print(kw(1, 2, 3, c=5, e=6), kw(1, b=2, c=3))
print(*[1,2], *(3,), sep='-')
print({**{'a':1}, 'b':2, **{'a':3}})
a, *b, c = range(5); print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
for i, (j, k) in enumerate([(1,2),(3,4)]): print(i, j, k)
print(list(zip(*[(1,2),(3,4)])))
def gen2():
    yield from range(3)
    return "done"
g2 = gen2(); print(list(g2))
print(type(g2).__name__, g2.__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a; a, b = b, a+b
import itertools
print(list(itertools.islice(fib(), 10)))
gen3 = (i for i in range(3))
print(next(gen3), list(gen3))
class A:
    x = 5
    y = [x for _ in range(2)] if False else None
    def m(self): return __class__
print(A().m())
def f(*, a): return a
print(f(a=1))
print((lambda *a, **k: (a, k))(1, b=2))
g4 = (x for x in [1])
print(g4.gi_running, g4.gi_suspended, g4.gi_code.co_name if hasattr(g4.gi_code, "co_name") else 0)
def counter():
    i = 0
    while True:
        v = yield i
        if v is not None: i = v
        else: i += 1
cc = counter(); print(next(cc), cc.send(10), next(cc))
cc.close(); 
try: next(cc)
except StopIteration: print("closed")
def thrower():
    try:
        yield
    except GeneratorExit:
        print("exit")
        raise
t = thrower(); next(t); t.close()
def bad():
    yield 1
    raise StopIteration
try: list(bad())
except RuntimeError as e: print(e)
global_v = 1
def gl():
    global global_v
    global_v += 1
gl(); print(global_v)
print([(i, j) for i in range(2) for j in range(i, 2)])
print(sorted([3,1,2], key=lambda x: -x), sorted("bca", reverse=True))
l = [(1,'b'),(1,'a'),(0,'c')]; l.sort(key=lambda t: t[0]); print(l)
print(max("abc", key=ord), min(3, 1, 2), max([], default=None))
print(any(x > 2 for x in [1,3]), all([]))
async def co(): return 1
c = co(); print(type(c).__name__)
try: c.send(None)
except StopIteration as e: print("co", e.value)
print(next(iter(range(1))), list(range(10, 0, -3)), range(0, 10, 2)[-1], len(range(1, 10, 3)))
print(range(5) == range(0, 5), 3 in range(0, 10, 3), range(3).index(2), range(3).count(1))
print(repr(range(1, 5, 2)), reversed(range(3)).__class__.__name__)
print(list(enumerate("ab", 1)), list(filter(None, [0, 1, 2])), list(map(str, [1])))
print(iter([1]).__next__(), dict(zip("ab", range(2))))
