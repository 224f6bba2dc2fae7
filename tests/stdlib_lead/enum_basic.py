from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, list(Color.__members__), type(Color.RED).__name__, repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), {Color.RED: "r"}[Color.CRIMSON], f"{Color.BLUE}")
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self): return f"{self.name.lower()} #{self.value}"
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.CIRCLE.value, Shape.CIRCLE.describe(), Shape.default())
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.HIGH > Prio.LOW, Prio.LOW + 1, sorted([Prio.HIGH, Prio.LOW]), str(Prio.LOW), repr(Prio.LOW), Prio(3), f"{Prio.HIGH}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw), Perm(6))
class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(Bits.A, Bits.C, Bits.A | Bits.B, int(Bits.A | Bits.C), Bits.B & 2, repr(Bits.A | Bits.B))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Method(StrEnum):
    GET = auto()
    POST = "post"
print(Method.GET, Method.GET == "get", repr(Method.POST), Method("post"))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green!")
