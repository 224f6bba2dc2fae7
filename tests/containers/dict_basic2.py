d = {}
d['x'] = 1
d['y'] = 2
d[3] = 'three'
d[(1, 2)] = 'tuple'
print(d, len(d))
print(d['x'], d[3], d[(1, 2)], d.get('z'), d.get('z', 0), 'x' in d, 'z' in d, 'z' not in d)
del d['x']
print(d)
d['x'] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(a=1, b=2), dict([('a', 1), ('b', 2)]), dict({'a': 1}, c=3), dict(zip('ab', [1, 2])))
print({1: 'a', 1.0: 'b', True: 'c'})
e = {'k': 1}
e.update({'j': 2})
e.update([('i', 3)])
e.update(h=4)
e.update({'k': 0}, g=5)
print(e)
print(e.pop('k'), e.pop('zz', 'default'), e)
print(e.setdefault('j', 99), e.setdefault('new', []), e)
print(e.popitem(), e.popitem(), e)
c = e.copy()
e.clear()
print(e, c)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} != {1: 2})
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 1} | {'a': 2})
f = {'a': 1}
f |= {'c': 3}
f |= [('d', 4)]
print(f)
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], sum(big.values()), list(big)[:5])
s = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    s[w] = s.get(w, 0) + 1
print(s)
print(sorted(s.items(), key=lambda kv: (-kv[1], kv[0])))
n = {'a': {'b': {'c': 1}}}
print(n['a']['b']['c'], n)
r = {}
r['self'] = r
print(r)
print({1: [1, 2], 2: (3,), 3: {4: 5}})
