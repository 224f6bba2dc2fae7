# bound methods: identity, equality, attributes
class A:
    def m(self, x=1):
        return x * 2
    def __repr__(self):
        return "A()"
a = A()
m1, m2 = a.m, a.m
print(m1 == m2, m1 is m2, m1.__self__ is a, m1.__func__ is A.m)
print(m1(), m1(5), A.m(a, 3), m1.__name__, m1.__qualname__)
print(repr(m1).startswith("<bound method A.m of A()>"))
print(hash(a.m) == hash(a.m), {a.m: 1}[a.m])
b = A()
print(a.m == b.m)
fs = [a.m, b.m]
print([f(2) for f in fs])
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__name__, repr(app).startswith("<built-in method append of list object"))
print(repr(len), len.__name__)
print(repr(A.m).startswith("<function A.m at 0x"))
def f(): pass
print(repr(f).startswith("<function f at"), f.__name__, f.__qualname__)
class B:
    def outer(self):
        def inner():
            pass
        return inner
print(B().outer().__qualname__)
print(type(a.m).__name__, type(len).__name__, type(f).__name__, type([].append).__name__)
