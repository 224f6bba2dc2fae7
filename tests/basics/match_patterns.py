def f(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case -3:
            return "minus three"
        case "hi":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case (1, 2, 3, 4, *_):
            return "never"
        case {"k": v, **others}:
            return f"map k={v} others={others}"
        case {"x": 1}:
            return "x1"
        case str() as s:
            return "str " + s
        case float(fl) if fl > 1:
            return f"big float {fl}"
        case int(n) if n < 0:
            return f"negative {n}"
        case _:
            return "other"
for v in [0, 1, 2, -3, "hi", None, True, [5], [5, 6], (7, 8, 9), [1,2,3,4,5], {"k": 1, "z": 2}, {"x": 1}, "yo", 2.5, 0.5, -7, 99, (), {}]:
    print(repr(v), "->", f(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(0, y): return f"y-axis {y}"
        case Point(x, 0): return f"x-axis {x}"
        case Point(x=x, y=y) if x == y: return f"diagonal {x}"
        case Point(): return "somewhere"
        case _: return "not a point"
for p in [Point(0,0), Point(0,5), Point(3,0), Point(2,2), Point(1,2), 5]:
    print(where(p))

import sys
match sys.version_info:
    case (3, minor, *_):
        print("py3", minor >= 0)
match [1, [2, 3]]:
    case [x, [y, z]] if x + y + z == 6:
        print("nested", x, y, z)
match {"a": [1, {"b": 2}]}:
    case {"a": [1, {"b": bb}]}:
        print("deep", bb)
cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south") as d]:
        print("going", d)
    case ["quit"]:
        print("bye")
match 42:
    case x:
        print("captured", x)
match = 5
print(match)
def match(a): return a
print(match(3))
