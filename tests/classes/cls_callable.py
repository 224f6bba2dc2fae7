# __call__ and callables stored on classes and instances
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0, *rest, **kw):
        return self.n + x + y + sum(rest) + sum(kw.values())
add5 = Adder(5)
print(add5(1), add5(1, 2), add5(1, 2, 3, 4), add5(1, z=10), callable(add5))
print(list(map(Adder(100), [1, 2, 3])))
class Plain: pass
print(callable(Plain), callable(Plain()), callable(len), callable(1))
try:
    Plain()()
except TypeError as e:
    print(e)
def free(x):
    return "free", x
class Holder:
    f = free
    g = staticmethod(free)
    def __init__(self):
        self.h = free
h = Holder()
print(h.g(1), h.h(2))
print(type(h.f()[1]).__name__)
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
for _ in range(3):
    c()
print(c.count)
m = c.__call__
print(m(), c.count)
