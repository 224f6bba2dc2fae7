# common special methods: __eq__, __lt__, __len__, __getitem__, __add__, __contains__, __call__
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.c, other.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __eq__(self, other):
        return self.c == other.c
    def __lt__(self, other):
        return sum(self.c) < sum(other.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, v):
        return v in self.c
    def __repr__(self):
        return "Vec" + repr(tuple(self.c))
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, a == Vec(1, 2), a == b, a != b, a < b)
print(len(a), a[0], a[-1], 2 in a, 5 in a)
print(sorted([b, a]))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
print(Adder(5)(10))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Truthy(True)), bool(Truthy(False)), "yes" if Truthy(False) else "no")
