print([1, 2] == (1, 2), (1, 2) == [1, 2], {1: 2} == [(1, 2)], {1} == frozenset({1}), set() == {})
print([1, [2, 3]] < [1, [2, 4]], (1, (2, 'a')) < (1, (2, 'b')), [1.0] == [1], (1,) == (True,))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(1, 2), (1, 3), (0, 9)]), min(['b', 'a', 'c']))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
    def __hash__(self): return hash(self.v)
print([E(1)] == [E(1)], E(1) in [E(2), E(1)], [E(1)].index(E(1)), [E(1), E(2), E(1)].count(E(1)))
print({E(1): 'a'}[E(1)], E(3) in {E(3)}, {E(1), E(1), E(2)}.__len__())
nan = float('nan')
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan))
try:
    print([1] < ['a'])
except TypeError as e:
    print('TypeError', e)
try:
    print((1, 2) < (1, None))
except TypeError as e:
    print('TypeError', e)
print((1, 2) < (1, 2, None), [1, 2] == [1, 2, None])
print([[]] == [[]], [[1]] != [[1]], [(1, [2])] == [(1, [2])])
print({1: [1, 2]} == {1: [1, 2]}, {1: {2: 3}} == {1: {2: 4}})
print(range(3) == range(3), [range(3)] == [range(0, 3)])
