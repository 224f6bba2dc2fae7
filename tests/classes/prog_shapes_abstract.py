# A shape hierarchy with abstract methods (an abc-like metaclass written
# here), class registries, ordering by area and polymorphic dispatch.
import math


def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f


class AbstractMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        abstract = {n for n, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for n in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    abstract.add(n)
        cls.__abstractmethods__ = frozenset(abstract)
        return cls

    def __call__(cls, *args, **kw):
        if cls.__abstractmethods__:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(cls.__abstractmethods__) > 1 else "",
                               ", ".join(sorted(cls.__abstractmethods__))))
        return super().__call__(*args, **kw)


class Shape(metaclass=AbstractMeta):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)

    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "%s with area %.2f and perimeter %.2f" % (self.name(), self.area(), self.perimeter())

    @classmethod
    def name(cls):
        return cls.__name__.lower()

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()

    __hash__ = None


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return "Circle(%g)" % self.r


class Polygon(Shape):
    @abstractmethod
    def sides(self):
        pass

    def perimeter(self):
        return sum(self.sides())


class Rectangle(Polygon):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def sides(self):
        return [self.w, self.h, self.w, self.h]

    def __repr__(self):
        return "%s(%g, %g)" % (type(self).__name__, self.w, self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return "Square(%g)" % self.w


class Triangle(Polygon):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("not a triangle: %g, %g, %g" % (a, b, c))
        self.abc = (a, b, c)

    def sides(self):
        return list(self.abc)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.abc
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def __repr__(self):
        return "Triangle%r" % (self.abc,)


print(Shape.registry)
for cls in (Shape, Polygon):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Polygon.__abstractmethods__), sorted(Square.__abstractmethods__))

shapes = [Circle(1), Rectangle(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Square(2) == Square(2), Square(2) == Rectangle(2, 2), Circle(1) != Circle(2))
try:
    {Circle(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
by_kind = {}
for s in shapes:
    by_kind.setdefault(s.name(), []).append(round(s.area(), 3))
print(by_kind)
print(round(sum(s.area() for s in shapes), 4), [type(s).__mro__[1].__name__ for s in shapes])
print(isinstance(Square(1), Polygon), issubclass(Triangle, Shape), type(Shape).__name__)
