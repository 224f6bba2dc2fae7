# __getattr__, __setattr__, __delattr__ and the attribute builtins
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no " + name)
l = Lazy()
print(l.real, l.x_abc, getattr(l, "x_q"), hasattr(l, "x_"), hasattr(l, "nope"))
print(getattr(l, "nope", "default"))
try:
    l.nope
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
g = Logged()
g.a = 5
setattr(g, "b", 1)
print(g.a, g.b, g.__dict__)
del g.a
delattr(g, "b")
print(g.__dict__)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(e, f.v)
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, n):
        return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.index(2))
class Dflt:
    x = 1
d = Dflt()
print(getattr(d, "x"), getattr(Dflt, "x"), getattr(d, "y", None))
setattr(Dflt, "y", 2)
print(d.y)
delattr(Dflt, "y")
print(hasattr(d, "y"))
try:
    delattr(d, "zz")
except AttributeError as e:
    print(e)
class GA:
    def __getattribute__(self, n):
        return "got " + n
print(object.__getattribute__(Dflt(), "x"))
