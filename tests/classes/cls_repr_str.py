# __repr__ and __str__ interplay
class A:
    pass
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(A()).startswith("<__main__.A object"))
print(repr(A), str(A))
class B:
    def __repr__(self):
        return "B()"
print(repr(B()), str(B()), "%s %r" % (B(), B()), [B(), B()], f"{B()} {B()!r}")
class C:
    def __str__(self):
        return "C-str"
print(str(C()), repr(C()).startswith("<__main__.C"), "%s" % C(), f"{C()}")
print([C()][0].__str__())
class D(B):
    def __str__(self):
        return "D-str"
print(str(D()), repr(D()), (D(),))
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner), Outer.Inner.__qualname__, Outer.Inner.__name__)
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
print(repr(int), repr(object), repr(type), repr(ValueError))
print(str(type(None)), type(...), type(NotImplemented))
