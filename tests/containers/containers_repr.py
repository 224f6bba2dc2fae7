print([1, 'two', 3.0, None, True, (4,), [5], {6: 7}, {8}])
print(([], (), {}, set(), frozenset()))
print({'k': [1, {'n': (2, 3)}]}, [(), ((),)])
print(repr([1, 2]), str([1, 2]), repr((1,)), str({'a': 'b'}))
print(['quote"s', "it's", 'both\'"', '\n\t', 'é'])
a = [1]
a.append(a)
print(a, repr(a))
b = {}
b[1] = b
print(b)
c = [1, {2: None}]
c[1][2] = c
print(c)
d = {'x': [1]}
d['x'].append(d)
print(d)
e = [[]] * 3
e[0].append(1)
print(e)
print([range(3), slice(1, 2), {1: range(0)}])
print([1.5, -0.0, 1e100, float('inf')])
f = {}
f['v'] = f.values()
print(f)
print(str(()), str((1, 'a')), "%s %r" % ([1], ['a']))
