# Metaclass __prepare__, class keyword arguments, __init_subclass__ kwargs.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], sorted(kw.items()))
        return {"injected": 42}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), sorted(kw.items()))
        cls = super().__new__(mcls, name, bases, ns)
        cls.flags = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw.items()))
        super().__init__(name, bases, ns)


class Base:
    pass


class A(Base, metaclass=Meta, flag=1, mode="x"):
    value = injected + 1


print(A.value, A.flags == {"flag": 1, "mode": "x"}, type(A).__name__, A.__bases__)


class B(A, other=2):
    pass


print(type(B).__name__, B.flags)


# a namespace that records the order of definitions and rejects duplicates
class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate member %r" % key)
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedNS()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = list(ns.order)
        return cls


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color._order, Color.GREEN)

try:
    class Bad(metaclass=EnumMeta):
        X = 1
        X = 2
except TypeError as e:
    print("TypeError:", e)


# __init_subclass__ with keywords
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls


class CsvPlugin(Plugin, name="csv"):
    pass


class JsonPlugin(Plugin):
    pass


print(sorted(Plugin.registry), Plugin.registry["csv"] is CsvPlugin)

try:
    class Broken(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)


# __init_subclass__ runs inside type.__new__, before the metaclass's __new__ returns
class Tracker(type):
    def __new__(mcls, name, bases, ns):
        print("meta new start", name)
        cls = super().__new__(mcls, name, bases, ns)
        print("meta new end", name)
        return cls


class Root(metaclass=Tracker):
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)


class Leaf(Root):
    pass


# type() with three arguments and keywords
T = type("T", (Plugin,), {"x": 1}, name="dyn")
print(T.x, Plugin.registry["dyn"] is T, T.__module__)


# __set_name__ is called for type() and class statements alike
class Named:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)


D = type("D", (), {"attr": Named()})
print(D.attr.where)


# the namespace __prepare__ returned is copied: later changes don't leak
shared = {}


class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return shared


class C2(metaclass=M2):
    a = 1


shared["b"] = 2
print(hasattr(C2, "a"), hasattr(C2, "b"))


# __prepare__ must return a mapping
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class C3(metaclass=M3):
        pass
except TypeError as e:
    print("TypeError:", e)


# a function as metaclass
def factory(name, bases, ns, **kw):
    print("factory", name, sorted(kw))
    return len(ns)


class NotAClass(metaclass=factory, tag=1):
    x = 1


print(NotAClass)
