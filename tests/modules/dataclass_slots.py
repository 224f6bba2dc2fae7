from dataclasses import dataclass, field, fields
@dataclass(slots=True)
class P:
    x: int
    y: int = 5
    tags: list = field(default_factory=list)
    def total(self): return self.x + self.y
p = P(1); print(p, p.total(), P.__slots__, hasattr(p, '__dict__'), [f.name for f in fields(P)], P.__name__, P.__qualname__)
try: p.z = 1
except AttributeError: print('no z')
@dataclass(slots=True, frozen=True, order=True)
class F:
    a: int
    b: str = 'q'
print(F(1) < F(2), F(1), hash(F(1)) == hash(F(1)))
try: F(1).a = 3
except Exception as e: print(type(e).__name__)
def outer():
    @dataclass(slots=True)
    class Inner:
        v: int = 0
    return Inner
print(outer()().v, outer().__qualname__)
