import enum
class F(enum.Flag):
    NONE = 0
    A = 1; B = 2; C = 4
    AB = 3
    ALL = 7
print(list(F), len(F), list(F.__members__), F(3), F.ALL, repr(F(0)), F.NONE, [m for m in F.ALL] if hasattr(F.ALL, '__iter__') else '')
class P(enum.IntFlag):
    R = 4; W = 2; X = 1; RW = 6
print(list(P), len(P), P.RW, P(6), repr(P(6)))
class E(enum.Enum):
    A = 1; B = 1; C = 2
print(list(E), len(E))
print(F.A in F.AB, F.C in F.AB, bool(F.NONE), F.AB & F.B, F.AB ^ F.A)
