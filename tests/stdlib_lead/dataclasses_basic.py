# tern: heapsize=1m
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), p == Point(3, 4), p != Point(1), Point(1), repr(Point(y=2, x=1)))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = sorted([Version(1, 2), Version(0, 9), Version(1, 0, "rc")])
print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2, "x")), {Version(1): 1})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    owner: str = "nobody"
    count: ClassVar[int] = 0
    secret: str = field(default="s", repr=False)
a, b = Inventory(), Inventory()
a.items.append("apple")
print(a, b, Inventory.count, [f.name for f in fields(Inventory)])
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale; self.h *= scale
        self.area = self.w * self.h
r = Rect(2, 3, scale=2)
print(r, asdict(r), astuple(r), replace(r, w=1, scale=1))
@dataclass
class Team:
    name: str
    members: List[Point]
t = Team("t", [Point(1, 2)])
print(asdict(t), is_dataclass(t), is_dataclass(Team), is_dataclass(1))
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
print(Child(1), Child(1, 5, 6))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
match Point(1, 0):
    case Point(x, 0):
        print("on x axis at", x)
