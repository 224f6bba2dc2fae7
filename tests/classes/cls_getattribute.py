# __getattribute__ written in Python, with and without __getattr__.
class Logged:
    def __init__(self):
        self.x = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"


o = Logged()
print(o.x, o.method(), o.log)
o.x = 5
print(o.x, o.log)
print(getattr(o, "x"), hasattr(o, "nope"), o.log)


class Fallback:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return "got:" + name

    def __getattr__(self, name):
        return "fallback:" + name


f = Fallback()
print(f.anything, f.secret_key, getattr(f, "secret2", "default"))


class Strict:
    def __getattribute__(self, name):
        raise AttributeError("no attribute %s here" % name)


try:
    Strict().foo
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Strict(), "foo"), getattr(Strict(), "foo", 7))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        return getattr(target, name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_target"), name, value)


class Thing:
    def __init__(self):
        self.size = 3

    def grow(self):
        self.size += 1
        return self.size


t = Thing()
p = Proxy(t)
print(p.size, p.grow(), t.size)
p.size = 10
print(t.size, p.size)


class Base:
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v * 2 if isinstance(v, int) else v


class Child(Base):
    def __init__(self):
        self.n = 21


print(Child().n)


# __getattr__ only runs for missing attributes
class Lazy:
    def __init__(self):
        self.loaded = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = name.upper()
        self.loaded[name] = value
        setattr(self, name, value)
        return value


z = Lazy()
print(z.abc, z.abc, z.loaded, hasattr(z, "_private"))


# __getattr__ on a metaclass handles class attributes
class MetaGA(type):
    def __getattr__(cls, name):
        return "class-level " + name


class WithMeta(metaclass=MetaGA):
    real = 1


print(WithMeta.real, WithMeta.virtual)
