# classes: __init__, methods, instance attributes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def scale(self, k):
        self.x *= k
        self.y *= k
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, 1)
print(q.x, q.y, p.x)
p.scale(2).scale(5)
print(p.x, p.y)
p.label = "P"
print(p.label)
print(type(p).__name__, isinstance(p, Point), isinstance(3, Point))
m = p.norm2
print(m())
print(Point.norm2(Point(1, 1)))
class Empty:
    pass
e = Empty()
e.a = 1
e.a += 1
print(e.a, hasattr(e, "a"), hasattr(e, "b"), getattr(e, "b", "dflt"))
setattr(e, "c", 3)
print(e.c)
