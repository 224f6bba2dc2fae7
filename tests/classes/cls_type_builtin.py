# type() with one and three arguments, type attributes
print(type(1), type("s"), type([]), type(None), type(type), type(len))
def m(self):
    return "m of " + type(self).__name__
Dyn = type("Dyn", (), {"x": 1, "m": m})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.m(), Dyn.__bases__, type(Dyn))
Sub = type("Sub", (Dyn,), {"y": 2})
print(Sub().m(), Sub.y, Sub.x, [k.__name__ for k in Sub.__mro__])
print(isinstance(Sub(), Dyn), issubclass(Sub, Dyn))
print(repr(Dyn).endswith("Dyn'>"), Dyn.__module__)
print(int.__name__, int.__qualname__, int.__module__, object.__bases__, int.__bases__)
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in KeyError.__mro__])
class A:
    "doc of A"
    x = 1
    def f(self): pass
print(A.__doc__, A.__dict__["x"], "f" in A.__dict__, "__module__" in A.__dict__)
class B: pass
print(B.__doc__)
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type(A()) is A, type(A) is type, isinstance(A, type), isinstance(int, type))
print(callable(type), type.__name__)
