# __init_subclass__ and class keywords
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, name))
class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
class C(A, name="gamma"):
    pass
print(registry)
class Base:
    subclasses = []
    @classmethod
    def __init_subclass__(cls):
        Base.subclasses.append(cls.__name__)
class X(Base): pass
class Y(X): pass
print(Base.subclasses)
try:
    class Z(object, flag=1):
        pass
except TypeError as e:
    print("TypeError", e)
