# containers holding instances with Python __hash__/__eq__/__lt__ (these run
# Python code, allocate, and may move objects during lookups and sorting)
class Key:
    def __init__(self, v):
        self.v = v
        self.tag = [v, str(v)]
    def __hash__(self):
        return hash(('k', self.v % 7))
    def __eq__(self, other):
        return isinstance(other, Key) and [self.v] == [other.v]
    def __lt__(self, other):
        return (self.v, str(self.v)) < (other.v, str(other.v))
    def __repr__(self):
        return 'Key(%d)' % self.v
d = {}
for i in range(40):
    d[Key(i)] = str(i) * 2
print(len(d), d[Key(5)], d.get(Key(39)), d.get(Key(40)), Key(3) in d)
for i in range(0, 40, 3):
    del d[Key(i)]
print(len(d), sorted(d)[:5], list(d.values())[:3])
s = set(Key(i) for i in range(30))
s2 = {Key(i) for i in range(20, 50)}
print(len(s), len(s & s2), len(s | s2), len(s - s2), len(s ^ s2), Key(25) in s)
print(sorted(s & s2))
l = [Key((i * 37) % 23) for i in range(23)]
l.sort()
print(l[:4], l[-2:])
print(sorted(l, key=lambda k: -k.v)[:3])
print(max(l), min(l), max(l, key=lambda k: str(k.v)))
print(l.index(Key(10)), l.count(Key(10)), Key(22) in l, Key(99) in l)
t = tuple(l)
print(t.index(Key(5)), hash(tuple([Key(1), Key(2)])) == hash((Key(1), Key(2))))
fs = frozenset(l[:5])
print(len(fs), fs == frozenset(l[:5]), {fs: 1}[frozenset(l[:5])])
dd = dict.fromkeys(l[:6], [])
print(len(dd), list(dd)[:2])
dd.update({Key(100): 'x'})
print(dd.pop(Key(100)), len(dd))
class Mut:
    def __init__(self, v, d):
        self.v, self.d = v, d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
m = {}
m[Mut(1, m)] = 1
m[Mut(2, m)] = 2
print(len(m) <= 2)
