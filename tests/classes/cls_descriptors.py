# user descriptors: __get__, __set__, __delete__, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("need int for " + self.name)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class Rec:
    a = Typed()
    b = Typed()
r = Rec()
r.a = 1
r.b = 2
print(r.a, r.b, r._a, type(Rec.a).__name__)
try:
    r.a = "x"
except TypeError as e:
    print(e)
del r.a
class NonData:
    def __get__(self, obj, objtype=None):
        return "computed"
class U:
    nd = NonData()
u = U()
print(u.nd, U.nd)
u.nd = "shadow"
print(u.nd)
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, cls):
        return self.v
class K:
    one = Const(1)
    two = Const(2)
print(K.one, K().two)
