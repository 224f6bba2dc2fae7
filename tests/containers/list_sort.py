import_ok = True
l = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig', 'apple']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')] * 3
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0]))
print(sorted("hello world"))
print(sorted({3: 'a', 1: 'b', 2: 'c'}))
print(sorted([[3, 1], [1, 2], [1, 1]]))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
calls = []
def key(x):
    calls.append(x)
    return -x
r = sorted([3, 1, 2], key=key)
print(r, calls)
stab = sorted([(i % 3, i) for i in range(30)], key=lambda t: t[0])
print(stab)
rs = sorted([(i % 3, i) for i in range(12)], key=lambda t: t[0], reverse=True)
print(rs)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
m = [3, 2, 1]
def bad(x):
    m.append(x)
    return x
try:
    m.sort(key=bad)
except ValueError as e:
    print('ValueError', e)
print(m)
e = [2, 'x', 1]
try:
    e.sort()
except TypeError as ex:
    print('TypeError', ex)
print(e)
print(sorted([], reverse=True), sorted([1]))
