# rich comparison dunders, reflection, hashing rules
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return "N(%d)" % self.v
a, b, c = N(1), N(2), N(1)
print(a == c, a != c, a == b, a != b, a < b, b > a, a <= c, b >= a)
print(sorted([N(3), N(1), N(2)]), max([N(3), N(5), N(2)]), min(N(4), N(2)))
print(a == 1, 1 == a, a != "x")
print(N.__hash__)
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    {a: 1}
except TypeError as e:
    print(e)
print(a in [N(0), N(1)], N(7) in [a, b])
class H(N):
    def __hash__(self):
        return hash(self.v)
print(hash(H(5)) == hash(5), len({H(1), H(1), H(2)}))
try:
    a > 1
except TypeError as e:
    print(e)
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() == 3, OnlyEq() != 3, 3 == OnlyEq(), 3 != OnlyEq())
class Rev:
    def __gt__(self, o):
        return "Rev.__gt__"
print(1 < Rev())
class Plain: pass
p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p))
try:
    p < p
except TypeError as e:
    print(e)
class NE:
    def __ne__(self, o):
        return "ne!"
print(NE() != 1, NE() == 1)
