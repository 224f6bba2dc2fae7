# __new__ usage patterns: singletons, caching, alternative constructors, validation.
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value=None):
        if value is not None:
            self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, Singleton().value)


class Interned:
    _cache = {}

    def __new__(cls, key):
        obj = cls._cache.get(key)
        if obj is None:
            obj = object.__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return obj


print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), len(Interned._cache))


class Shape:
    def __new__(cls, kind, *args):
        if cls is Shape:
            sub = {"circle": Circle, "square": Square}[kind]
            return super().__new__(sub)
        return super().__new__(cls)

    def __init__(self, kind, size):
        self.size = size


class Circle(Shape):
    def area(self):
        return round(3.14159 * self.size ** 2, 2)


class Square(Shape):
    def area(self):
        return self.size ** 2


for s in (Shape("circle", 2), Shape("square", 3)):
    print(type(s).__name__, s.area())


# __new__ returning an instance of another class skips __init__
class Other:
    def __init__(self):
        print("Other.__init__ should not run twice")


class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Weird())


class Counted:
    count = 0

    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


Counted(1), Counted(2)
print(Counted.count)

# errors
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)


class NoArgs:
    pass


try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class WithInit:
    def __init__(self, a, b=2):
        self.t = (a, b)


try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
print(WithInit(1).t, WithInit(b=5, a=0).t)


# alternative constructors with classmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)


class MyDate(Date):
    pass


print(Date.from_string("2024-01-31"), MyDate.from_string("1999-12-31"))
