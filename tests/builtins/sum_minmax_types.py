print(sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, -1e16]), sum([1, 2.0]), sum([2**64, 1.5]))
print(sum(range(10), 0.0), sum([True, 2, 3.5]), sum([], 0.5), sum([[1, 2], [3]], []))
print(min('bca'), max(b'abc'), min([3, 1.5, 2]), max([-1, -1.0]), min((2, 1), (1, 9)))
print(max([{1}, {1, 2}], key=len), min({'b': 1, 'a': 2}), max(range(5), key=lambda x: (x % 3, x)))
print(min(1, 2, key=lambda x: -x), max('a', 'b', 'c'), min([], default=0), max(iter([4, 9, 2])))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __gt__(self, o): return self.v > o.v
    def __lt__(self, o): return self.v < o.v
print(sum([V(1), V(2), V(3)]).v, sum([V(1)], V(10)).v, max([V(3), V(7), V(5)]).v, min(V(3), V(1)).v)
