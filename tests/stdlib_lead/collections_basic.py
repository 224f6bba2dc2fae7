from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap
import collections.abc as cabc
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, tuple(p))
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), {p: "pt"}[Point(1, 2)])
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, repr(P3(a=7, c=1)))
R = namedtuple("R", "ok def _x", rename=True)
print(R._fields)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, len(d), d[0], d[-1], list(reversed(d)), 3 in d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extend([7, 8]); d.extendleft([9]); print(d, d.popleft(), d.pop(), d)
q = deque()
for i in range(20): q.append(i)
for i in range(15): q.popleft()
print(q, q.count(17), q.index(18), q.copy() == q, deque("abc") + deque("d"))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["missing"], dict(dd), defaultdict(int, a=1))
counts = defaultdict(int)
for ch in "mississippi": counts[ch] += 1
print(sorted(counts.items()))
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3; od.move_to_end("b"); print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict())
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5], c.total())
c.update("aaz"); c.subtract({"b": 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=1), Counter(a=3, b=2) & Counter(a=1, b=5))
print(Counter("hello world").most_common(3), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"z": 0}), cm.parents)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping),
      isinstance(iter([]), cabc.Iterator), isinstance(range(3), cabc.Iterable), isinstance(3, cabc.Hashable),
      isinstance([], cabc.Hashable), isinstance(len, cabc.Callable), isinstance("", cabc.Sized), isinstance(d, cabc.Sequence))
class MyMap(cabc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({"x": 1, "y": 2})
print(m.get("x"), m.get("q", 0), "y" in m, sorted(m.keys()), sorted(m.items()), list(m.values()), m == {"x": 1, "y": 2})
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
s = MySeq()
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
