# A def's annotations are evaluated when it runs and kept in __annotations__.
def g(x: int, y: "str" = "a", *args: float, z: bool = True, **kw: dict) -> list:
    return [x, y, args, z, kw]
print(g.__annotations__)
print(g(1, "b", 2.0, z=False, k=1))
def plain(a, b=2): return a + b
print(plain.__annotations__, plain(1))
log = []
def note(v):
    log.append(v)
    return v
def h(a: note("a"), b: note("b")) -> note("ret"): pass
print(log, list(h.__annotations__))
class C:
    def m(self, n: int) -> "C": return self
print(C.m.__annotations__, C().m(3).__class__.__name__)
def outer():
    T = list
    def inner(v: T) -> T: return v
    return inner.__annotations__
print(outer())
from typing import get_type_hints
def typed(a: int, b: str = "") -> bool: return True
print(get_type_hints(typed))
