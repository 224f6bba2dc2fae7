s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.discard(1)
s.discard(100)
s.remove(2)
print(s)
print(set(), set([1, 2, 2, 3]), set("aab") == {'a', 'b'}, set(range(10)), set((5, 3)))
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({1, 2} == {2, 1}, {1} != {1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {3} > set(), {1} >= {1})
a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4}
a -= {1}
a ^= {5, 2}
print(a)
print(a.union([7], (8,)), a.intersection([4, 5, 6]), a.difference([4]), a.symmetric_difference([4, 9]))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
b = {10, 20, 30}
b.update([40], {50})
b.intersection_update([10, 20, 40, 50, 60])
b.difference_update({20})
b.symmetric_difference_update({10, 99})
print(b)
c = b.copy()
print(c == b, c is b)
c.clear()
print(c, b)
p = {5, 6, 7}
out = []
while p:
    out.append(p.pop())
print(out, p)
print(set([(1, 2), (1, 2), (3, 4)]) == {(1, 2), (3, 4)})
print(len({x % 7 for x in range(100)}))
print(sorted({'b', 'a', 'c'}))
print({1, 2, 3} - {2} == {1, 3})
