# Shape hierarchy with abstract-style base, operator overloading, __eq__/__hash__, sorting, math.
import math
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def __eq__(self, other): return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)
    def __hash__(self): return hash((self.w, self.h))
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
class Blob(Shape):
    pass
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(1, 1)]
for s in sorted(shapes):
    print(f"{s!r:28} area={s.area():8.4f}")
print(Rect(2, 2) == Square(2), len({Rect(1, 2), Rect(1, 2), Square(3)}), max(shapes))
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __bool__(self): return bool(self.x or self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
v = Vec(3, 4)
print(v + Vec(1, 1), v - Vec(1, 1), 2 * v, v * 3, -v, abs(v), list(v), v[1], bool(Vec(0, 0)))
x, y = v
print(x, y, sum(Vec(1, 2)), sorted(Vec(5, 1)))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
