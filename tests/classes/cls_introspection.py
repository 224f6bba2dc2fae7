# __subclasses__, dir(), vars() and the mappingproxy of a class __dict__.
class Animal:
    kind = "animal"

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Cat(Animal):
    pass


class Puppy(Dog):
    pass


print([c.__name__ for c in Animal.__subclasses__()])
print(type.__subclasses__(Dog), Puppy.__subclasses__())


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Animal))
print(Dog.__base__, Animal.__base__, object.__base__)

# dir is sorted and includes inherited names
print([n for n in dir(Puppy()) if not n.startswith("__")])
print(dir(Dog) == sorted(dir(Dog)), "speak" in dir(Puppy), "kind" in dir(Puppy))
p = Puppy()
p.name = "rex"
print([n for n in dir(p) if not n.startswith("_")])
print(dir(Animal()))
print(dir([])[:3], "append" in dir([]), "__len__" in dir([]), "__and__" in dir([]))
print("keys" in dir({}), "upper" in dir(""), "bit_length" in dir(0))


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))

# every name dir() lists can be fetched
for obj in (Animal(), p, [], {}, "", 0, 1.5, object(), Dog):
    for name in dir(obj):
        getattr(obj, name)
print("all gettable")

# class __dict__ is a read-only mappingproxy
d = Dog.__dict__
print(type(d).__name__, "speak" in d, "kind" in d, d["__module__"])
print(sorted(k for k in vars(Animal) if not k.startswith("__")))
print(sorted(k for k, v in Animal.__dict__.items() if callable(v)))
print(len(d) > 0, d.get("missing", "none"), list(d.keys())[0])
try:
    d["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d.x = 1
except AttributeError as e:
    print("AttributeError")
print(repr(vars(type("E", (), {"__module__": "m", "a": 1})))[:30])

# vars() of instances and errors
p2 = Puppy()
p2.a = 1
print(vars(p2), vars(p2) is p2.__dict__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

# __qualname__, __module__, __doc__, __annotations__
class Outer:
    "Outer doc."
    x: int = 1

    class Inner:
        def method(self):
            pass


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__, Outer.__annotations__)
print(Outer.Inner.__annotations__)
print(Outer.__name__, Outer.Inner.__name__, repr(Outer.Inner)[:30])
