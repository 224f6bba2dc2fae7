# __slots__: restricted attributes, inheritance, empty slots, '__dict__' slot.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 5
print(p.x + p.y)
del p.y
print(hasattr(p, "y"))
for name in ("z", "__dict__"):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)

class S:
    __slots__ = "v"
s = S()
s.v = [1]
s.v.append(2)
print(s.v)
try:
    s.w = 1
except AttributeError as e:
    print("AttributeError", e)

class Q(P):
    __slots__ = ["z"]
q = Q(3)
q.z = 4
q.y = 2
print(q.x, q.y, q.z, isinstance(q, P))
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError", e)

class E:
    __slots__ = ()
try:
    E().a = 1
except AttributeError as e:
    print("AttributeError", e)

class Free(P):
    pass
f = Free(7)
f.anything = 8
print(f.x, f.anything, "anything" in f.__dict__)

class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.b, "b" in d.__dict__)

class M:
    __slots__ = ("n",)
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
m = M()
for _ in range(3):
    m.inc()
print(m.n)

try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
print("__slots__" in P.__dict__, P.__slots__)
