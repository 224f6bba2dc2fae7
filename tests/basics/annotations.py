# Module- and class-level variable annotations are evaluated and stored
# in __annotations__ (CPython 3.11 semantics, no `from __future__`).

x: int = 1
y: str
z: "a string annotation" = "zz"
print(x, z)
print(__annotations__)

calls = []


def ann(name):
    calls.append(name)
    return name


# the value is evaluated and stored before the annotation
def val(v):
    calls.append("value")
    return v


w: ann("w") = val(5)
print(calls, w)

if True:
    inner: ann("inner") = 3
for i in range(1):
    loop_var: list
print(sorted(__annotations__))
print(__annotations__["inner"], __annotations__["loop_var"])

# non-simple targets: the annotation is evaluated but not stored
class Obj:
    pass


o = Obj()
o.attr: ann("attr") = 10
d = {}
d["k"]: ann("key") = 20
(paren): ann("paren") = 30
print(o.attr, d, paren)
print("attr" in __annotations__, "paren" in __annotations__)
print(calls)


class A:
    """doc"""
    a: int
    b: float = 2.5
    c: ann("c") = "cc"
    if True:
        e: bytes = b""

    def method(self):
        local: ann("never evaluated") = 1
        return local


print(A.__annotations__)
print(A.b, A.c, A.__doc__)
print(hasattr(A, "a"))
print(A().method(), "never evaluated" in calls)


class NoAnn:
    q = 1


print("__annotations__" in NoAnn.__dict__)


def f():
    v: int = 4
    u: str
    return v


print(f())


# annotations see class-level names and enclosing function locals
def outer():
    T = tuple

    class B:
        S = set
        m: T
        n: S

    return B.__annotations__


print(outer())

# unbound annotated name without value
try:
    print(y)
except NameError as e:
    print("NameError", e)

# annotation of an attribute without value still evaluates the object
try:
    missing.attr: int
except NameError as e:
    print("NameError", e)
try:
    d[missing_key]: int
except NameError as e:
    print("NameError", e)

ns = {}
exec("p: int = 1\nq: 'x'", ns)
print(ns["__annotations__"])
