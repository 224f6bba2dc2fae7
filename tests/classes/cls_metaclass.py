# Metaclasses that subclass type.
log = []

class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(("new", mcls.__name__, name, tuple(b.__name__ for b in bases)))
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns):
        log.append(("init", name, sorted(k for k in ns if not k.startswith("__"))))
        super().__init__(name, bases, ns)
        cls.registered = True

    def meta_method(cls):
        return "meta_method of " + cls.__name__

    meta_attr = 42

class C(metaclass=Meta):
    def f(self):
        return 1

print(log)
print(type(C) is Meta, isinstance(C, Meta), isinstance(C, type), type(Meta) is type)
print(C.tag, C.registered, C.meta_method(), C.meta_attr)
print(C().f(), type(C()) is C, isinstance(C(), C))
print(C.__name__, C.__class__ is Meta, repr(C)[:8])
print(hasattr(C(), "meta_method"))

class D(C):
    pass
print(type(D) is Meta, D.tag, log[-2:])
print(issubclass(D, C), D.meta_method())

class Counting(type):
    def __call__(cls, *args, **kw):
        cls.count = getattr(cls, "count", 0) + 1
        inst = super().__call__(*args, **kw)
        inst.made_by = "Counting"
        return inst

class P(metaclass=Counting):
    def __init__(self, x):
        self.x = x

a = P(1)
b = P(2)
print(P.count, a.x, b.x, a.made_by, type(P).__name__)

class Singleton(type):
    def __call__(cls, *args):
        if "_inst" not in cls.__dict__:
            cls._inst = super().__call__(*args)
        return cls._inst

class S(metaclass=Singleton):
    pass
print(S() is S(), type(S()) is S)

# calling the metaclass directly
X = Meta("X", (), {"y": 5})
print(X.y, X.tag, type(X) is Meta, X.meta_method())
Y = type("Y", (C,), {})
print(type(Y) is Meta)

class Plain(type):
    pass
Z = Plain("Z", (object,), {"k": 1})
print(type(Z).__name__, Z.k, Z().k)

class Q(metaclass=Plain):
    pass
print(type(Q) is Plain)

# metaclass conflict
class M2(type):
    pass
class R(metaclass=M2):
    pass
try:
    class Bad(C, R):
        pass
except TypeError as e:
    print("TypeError", e)

# a function as metaclass
def fmeta(name, bases, ns):
    ns["made"] = True
    return type(name, bases, ns)
class F(metaclass=fmeta):
    pass
print(F.made, type(F) is type)
