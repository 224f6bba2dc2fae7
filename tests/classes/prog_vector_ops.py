# A 2-D/3-D vector and a matrix class with full operator overloading.
import math


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(float(x) for x in components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]

    def __repr__(self):
        return "Vector(%s)" % ", ".join("%g" % c for c in self._c)

    def __str__(self):
        return "(" + ", ".join("%g" % c for c in self._c) + ")"

    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self._c) + ">"

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError("dimension mismatch: %d vs %d" % (len(self), len(other)))
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a + b for a, b in zip(self, other))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(a - b for a, b in zip(self, other))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(a * k for a in self)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(a / k for a in self)

    def __matmul__(self, other):
        if not self._check(other):
            return NotImplemented
        return sum(a * b for a, b in zip(self, other))

    def __neg__(self):
        return Vector(-a for a in self)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(self @ self)

    def __bool__(self):
        return any(self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __round__(self, n=0):
        return Vector(round(a, n) for a in self)

    def cross(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

    def normalized(self):
        n = abs(self)
        if n == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / n


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(Vector(r) @ other for r in self.rows)
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(len(self.rows))
        for _ in range(n):
            result = result @ self
        return result

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return "Matrix(%r)" % [[int(x) if x == int(x) else x for x in r] for r in self.rows]


v = Vector(3, 4)
w = Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 2 * v, v / 2, -v, +v, abs(v), v @ w)
print(f"{v:.1f}", format(w, "+.2f"), str(v), len(v), v[0], v[-1], list(v), v[:1])
print(v == Vector(3.0, 4.0), v != w, hash(v) == hash(Vector(3, 4)), bool(Vector(0, 0)), bool(w))
print(sorted([v, w, Vector(0, 1)]), max(v, w), round(Vector(1.26, 2.5), 1))
print(v.normalized(), Vector(1, 0, 0).cross(Vector(0, 1, 0)))
acc = Vector(0, 0)
for k in range(5):
    acc += Vector(k, k * k)
print(acc, sum([v, w], Vector(0, 0)))
for bad in ("v + 1", "v @ 'x'", "v + Vector(1, 2, 3)", "Vector(0, 0).normalized()", "v * v"):
    try:
        eval(bad)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
rot = Matrix([[0, -1], [1, 0]])
print(rot @ v, rot ** 2, rot ** 4 == Matrix.identity(2), Matrix.identity(2) @ rot)
print({v: "v", w: "w"}[Vector(3, 4)], Vector([1, 2]) == Vector(1, 2))
