import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cached_property, cache
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError", e)
p = partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords, repr(partial(max, 1, 2)))
pp = partial(partial(pow, 2), 5)
print(pp(), pp.args)
@lru_cache(maxsize=3)
def sq(n):
    print("compute", n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    sq(n)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__)
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def ident(x): return x
print(ident(3), ident.cache_info().misses)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def documented(x):
    """The real doc."""
    return x + 1
print(documented.__name__, documented.__doc__, documented(1), documented.__wrapped__.__name__)
@total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Ver%r" % (self.p,)
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9)]
print(sorted(vs), Ver(1) <= Ver(1), Ver(2) > Ver(1), Ver(1) >= Ver(2))
print(sorted(["bb", "a", "ccc", "dd"], key=cmp_to_key(lambda a, b: len(a) - len(b) or (a > b) - (a < b))))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
@functools.singledispatch
def show(x): return "object %r" % (x,)
@show.register(int)
def _(x): return "int %d" % x
@show.register(list)
def _(x): return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True))
