# The attribute fast paths remember, per code object and name, that a class
# had no attribute of that name and where the instance dict held it. Every
# way of invalidating that must be seen.
class A:
    def __init__(self): self.x = 1
class B:
    def __init__(self): self.y = 0; self.x = 2
def get(o): return o.x
def put(o, v): o.x = v
a, b = A(), B()
print([get(o) for o in (a, b, a, b)])          # two classes at one site
put(a, 10); put(b, 20); print(get(a), get(b))
A.x = property(lambda self: "property wins")   # a data descriptor appears on the class
print(get(a), get(b))
del A.x
print(get(a))
def setter(self, name, value):
    object.__setattr__(self, name, value * 100)
A.__setattr__ = setter                          # a Python __setattr__ appears
put(a, 3); print(get(a))
del A.__setattr__
put(a, 4); print(get(a))
del a.x                                          # the entry goes away
try:
    get(a)
except AttributeError as e:
    print("AttributeError", e)
a.z = 1; a.x = 5                                 # comes back at another index
print(get(a), vars(a))
class C(A): pass
c = C()
print(get(c))
A.x = "class attr"                               # a plain class attribute: instance wins
print(get(c), get(a))
c.__dict__.clear(); print(get(c))
class Slotted:
    __slots__ = ("x",)
    def __init__(self): self.x = "slot"
print(get(Slotted()))
for i in range(3):
    o = B() if i % 2 else A()
    put(o, i)
    print(type(o).__name__, get(o))
