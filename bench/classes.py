# Classes: object creation, method calls through inheritance, properties,
# class attributes, super(), and dunder operators (+, ==, <, hash, len, []).
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        return 0
    def describe(self):
        return self.area() + len(self.name)
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return self.x < o.x
    def __hash__(self):
        return self.x * 31 + self.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return self.x if i == 0 else self.y
def main():
    total = 0
    for i in range(300000):
        r = Rect(i % 7, 3) if i % 2 else Square(i % 5)
        total += r.describe() + r.perimeter
    acc = Vec(0, 0)
    seen = set()
    one = Vec(1, 2)
    for i in range(300000):
        acc = acc + one
        if acc == one or one < acc:
            total += len(acc) + acc[1]
        seen.add(Vec(i % 100, 0))
    return total, acc.x, acc.y, len(seen), Shape.count
print(main())
