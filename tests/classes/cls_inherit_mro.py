# inheritance, C3 MRO, diamond
class A:
    def who(self): return "A"
    def only_a(self): return "only A"
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
    def only_c(self): return "only C"
class D(B, C):
    pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(D))
d = D()
print(d.who(), d.only_a(), d.only_c())
print(isinstance(d, A), isinstance(d, C), issubclass(D, B), issubclass(B, C))
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), A.__bases__ == (object,))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print(names(Z), names(W))
class K1(A, B.__bases__[0].__class__ and X): pass
print(names(K1))
# a deeper hierarchy
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print(names(Aa))
print(isinstance(3, object), issubclass(bool, int), issubclass(int, bool))
print(isinstance(d, (int, str, C)), issubclass(D, (int, A)))
