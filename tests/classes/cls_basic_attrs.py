# class and instance attributes, methods, __dict__
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

p = Point(3, 4)
print(p.x, p.y, p.dims, Point.dims, p.norm2())
p.move(1, 1).move(1, 1)
print(p.x, p.y)
print(sorted(p.__dict__.items()))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims, Point(0, 0).dims)
q = Point(1, 2)
q.extra = "e"
print(hasattr(q, "extra"), hasattr(p, "extra"))
print(Point.norm2(q))
print(type(p) is Point, p.__class__ is Point, type(Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
class Empty:
    pass
e = Empty()
print(e.__dict__)
e.a = 1
print(e.__dict__)
print(isinstance(e, object), issubclass(Empty, object))
