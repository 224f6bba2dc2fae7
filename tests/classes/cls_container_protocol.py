# container protocol dunders
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("contains", v)
        return v in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:])
b[0] = 10
del b[1]
print(b.items, 3 in b, 4 in b, 4 not in b)
print(list(b), [x * 2 for x in b], bool(b), bool(Bag()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
for x in Countdown(3):
    print("x", x)
class Truthy:
    def __init__(self, t):
        self.t = t
    def __bool__(self):
        return self.t
print(bool(Truthy(True)), bool(Truthy(False)), "yes" if Truthy(False) else "no")
print(not Truthy(True))
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())
class IterOnly:
    def __iter__(self):
        return iter([5, 6, 7])
print(6 in IterOnly(), 9 in IterOnly(), sorted(IterOnly(), reverse=True))
class Dict2:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
d = Dict2()
d["a"] = 1
d["b"] = d["a"] + 1
print(d.d)
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del d["a"]
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
