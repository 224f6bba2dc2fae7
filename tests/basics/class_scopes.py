class A:
    "doc of A"
    x = 1
    def __init__(self, v):
        self.v = v
    def m(self):
        return ("A.m", self.v)
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(a):
        return a * 2
    @property
    def p(self):
        return self.v + 100
class B(A):
    def m(self):
        return ("B.m", super().m())
    def cls_ref(self):
        return __class__.__name__
b = B(3)
print(b.m(), B.cm(), b.sm(4), b.p, A.__doc__, B.__qualname__, A.m.__qualname__)
print(b.cls_ref())
def make():
    y = 10
    class C:
        z = y + 1
        def get(self):
            return y, self.z
    return C
print(make()().get(), make().__qualname__)
class D(A):
    pass
print(type(D).__name__, D(1).m())
bases = (A,)
class E(*bases):
    pass
print(E(2).m())
class F:
    items = [i * 2 for i in range(3)]
    def __repr__(self):
        return "F" + str(self.items)
print(F(), F.__module__)
class G:
    a = 1
    b = a + 1
    def f(self):
        return a if False else self.b
print(G().f(), G.b)
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
def fn():
    def inner():
        pass
    return inner
print(fn().__qualname__, (lambda: 0).__qualname__)
class H:
    def __init__(self):
        self.n = 0
    def __iadd__(self, o):
        self.n += o
        return self
h = H()
h += 5
hh = [H()]
hh[0] += 3
class J: pass
j = J(); j.h = H(); j.h += 2
print(h.n, hh[0].n, j.h.n)
