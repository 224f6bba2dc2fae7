# subclasses of built-in types: list, dict, str, int, tuple, set, float
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
s.extend([5, 6])
print(s, s[0], s[-1], 5 in s, list(s), sorted(s, reverse=True), s == [1, 5, 6], s + [7])
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return self.name + super().__repr__()
n = Named("n", [3, 1, 2])
n.sort()
print(n, n.name, bool(n), bool(Named("e")), str(n))
class Counter(dict):
    def __missing__(self, k):
        return 0
    def add(self, k):
        self[k] = self[k] + 1
c = Counter()
for w in "a b a c a b".split():
    c.add(w)
print(sorted(c.items()), c["zz"], len(c), "a" in c)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, hasattr(ad, "z"))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
x = Upper("hi")
print(x, x.shout(), x + "there", "say " + x, len(x), x == "hi", {x: 1}["hi"], repr(x), x[0])
class Money(int):
    def __repr__(self):
        return "$%d" % int(self)
    def double(self):
        return Money(self * 2)
m = Money(21)
print(m, repr(m), m.double(), m + 1, -m, m == 21, hash(m) == hash(21), m < 30, [m])
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(3, 4)
print(p, p.first, p[1], len(p), type(p).__name__, p == (3, 4), a if (a := p[0]) else 0)
class Tags(set):
    pass
t = Tags([1, 2, 2])
t.add(3)
print(sorted(t), len(t), 2 in t)
class Meters(float):
    def __str__(self):
        return "%.1fm" % float(self)
print(Meters(1.5) * 2, Meters("2.5"), str(Meters(3)), isinstance(Meters(1), float))
class Deep(Stack):
    pass
dp = Deep([9, 8])
dp.push(7)
print(dp, dp.peek(), issubclass(Deep, list), [k.__name__ for k in Deep.__mro__])
