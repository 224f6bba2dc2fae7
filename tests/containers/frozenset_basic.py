f = frozenset([1, 2, 3])
print(f, frozenset(), len(f), 2 in f)
print(hash(f) == hash(frozenset([3, 2, 1])), hash(frozenset()) == hash(frozenset()))
d = {f: 'x', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 7})
print(type(f | {4}).__name__, type({4} | f).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4}, f.issubset(range(5)))
print(f.union([9]), f.intersection([1, 2]), f.copy() is f)
g = f
g |= {10}
print(g, f, g is f)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(frozenset(f) is f, frozenset('aa'))
try:
    f.add(1)
except AttributeError as e:
    print('AttributeError')
try:
    hash({1})
except TypeError as e:
    print('TypeError', e)
