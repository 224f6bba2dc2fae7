# __new__: singletons, returning other objects, args handling
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
class Pos:
    def __new__(cls, x):
        self = object.__new__(cls)
        self.x = abs(x)
        return self
p = Pos(-5)
print(p.x, type(p).__name__)
class Child(Pos):
    def __init__(self, x):
        self.y = x
c = Child(-3)
print(c.x, c.y)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class InitNone:
    def __init__(self):
        return 1
try:
    InitNone()
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(type(object()).__name__)
