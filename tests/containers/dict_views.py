d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'z' in k)
d['d'] = 4
print(k, list(v), list(i))
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), type(k - {'a'}).__name__)
print(k == {'a', 'b', 'c', 'd'}, k == {'a'}, i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print({'a', 'b'} <= k, k >= {'a'}, k.isdisjoint(['x', 'y']), k.isdisjoint('a'))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
for key, val in d.items():
    print(key, val)
print(sorted(d.values()), max(d.keys()), sum(d.values()))
print(list(zip(d.keys(), d.values())))
print(type(k).__name__, type(v).__name__, type(i).__name__)
e = {}
print(e.keys(), e.values(), e.items())
