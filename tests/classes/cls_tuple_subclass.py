# namedtuple-style classes: tuple subclasses with __new__, properties and no instance dict.
class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != 2:
            raise TypeError("Expected 2 arguments, got %d" % len(result))
        return result

    def _replace(self, **kw):
        result = self._make(map(kw.pop, ("x", "y"), self))
        if kw:
            raise ValueError("Got unexpected field names: %r" % list(kw))
        return result

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return "Point(x=%r, y=%r)" % self

    def __getnewargs__(self):
        return tuple(self)

    x = property(lambda self: self[0], doc="Alias for field number 0")
    y = property(lambda self: self[1], doc="Alias for field number 1")


p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), tuple(p))
print(p == (1, 2), p != (1, 3), (1, 2) == p, hash(p) == hash((1, 2)), p < (1, 3))
a, b = p
print(a, b, p + (3,), p * 2, p[::-1], p[1:], 2 in p, p.count(1), p.index(2))
print(p._replace(y=5), p._asdict(), Point._make([3, 4]), Point._make(range(2)))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, type(p + (1,)).__name__)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), max(Point(1, 2), Point(1, 3)))
print({p: "here"}[(1, 2)], {(1, 2): "there"}[p], set([p, (1, 2)]))
print("%s and %s" % p, "{0[0]}-{0[1]}".format(p), str(p), Point.x.__doc__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError")
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)


class Point3(Point):
    __slots__ = ()
    _fields = ("x", "y", "z")

    def __new__(cls, x, y, z):
        return tuple.__new__(cls, (x, y, z))

    z = property(lambda self: self[2])

    def __repr__(self):
        return "Point3(%r, %r, %r)" % self

    def norm1(self):
        return sum(abs(c) for c in self)


q = Point3(1, -2, 3)
print(q, q.x, q.z, q.norm1(), isinstance(q, Point), len(q))


# a tuple subclass with a dict keeps extra attributes
class Tagged(tuple):
    def __new__(cls, items, tag):
        self = super().__new__(cls, items)
        self.tag = tag
        return self


t = Tagged([1, 2, 3], "nums")
print(t, t.tag, len(t), t[1], sum(t), vars(t))


# immutable subclasses of int and str with extra behaviour
class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return "Celsius(%s)" % float(self)


c = Celsius(100)
print(c, c.fahrenheit, c + 1, type(c + 1).__name__, c > 50, round(c), int(c))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Flag(int):
    def __new__(cls, value, name):
        obj = int.__new__(cls, value)
        obj.label = name
        return obj

    def __repr__(self):
        return "<Flag %s=%d>" % (self.label, self)

    def __or__(self, other):
        return Flag(int(self) | int(other), self.label + "|" + other.label)


R = Flag(4, "R")
W = Flag(2, "W")
print(R, W, R | W, int(R | W), R + W, R == 4, {R: 1}[4], bin(R), hex(W), [0, 1, 2, 3, 4][R])


class Word(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().lower())

    def syllables(self):
        return sum(1 for ch in self if ch in "aeiou")


w = Word("  Banana ")
print(w, len(w), w.syllables(), w.upper(), w + "s", type(w.upper()).__name__, w == "banana", w[0])
print(sorted([Word("b"), Word("A")]), "x".join([w, w]), f"{w:>8}|", w.split("n"))
