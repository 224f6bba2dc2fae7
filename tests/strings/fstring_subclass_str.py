# format(x, "") / f"{x}" on an int/float/str subclass with __str__ uses
# str(x) (object.__format__ semantics for an empty spec).
class J(float):
    def __str__(self): return "J!"
class K(int):
    def __str__(self): return "K!"
class S(str):
    def __str__(self): return "S!"
for v in [J(2.5), K(3), S("s")]:
    print(f"{v}", format(v), "{}".format(v), str(v), f"{v!s}")
class L(int):
    pass
class B(float):
    def __repr__(self): return "B-repr"
import enum
class E(enum.IntEnum):
    A = 1
for v in [L(7), B(1.5), E.A]:
    print(f"{v}", format(v), "{}".format(v), f"{v:>4}", f"{v!r}")
