# iteration order of int sets matches CPython's hash table
print({3, 1, 2})
print({100, 5, 33, 8, -1, 0, 64})
print(set(range(20, 0, -1)))
s = set()
for i in [17, 3, 25, 9, 1, 40, 33, 8, 16, 24]:
    s.add(i)
print(s)
print({x * 13 % 50 for x in range(30)})
t = set(range(100))
for i in range(0, 100, 3):
    t.discard(i)
print(t)
t.update(range(200, 230))
print(t)
print({1, 2, 3} | {30, 20, 10}, {1, 9, 17, 25} & {25, 17, 9}, {8, 16, 24, 32} - {16}, {1, 2, 3} ^ {3, 4, 5, 60})
u = {1, 2, 3, 4, 5, 6, 7, 8}
print(u.pop(), u.pop(), u)
print(frozenset([5, 4, 3, 2, 1]), frozenset(range(12)))
print({-5, -1, 7, 1024, 2048, 3})
print(set([True, False, 2]))
a = 40
print(list({a, 8, 16, 32, 48, 56}))  # not all constants: CPython builds it item by item
big = set(range(0, 1000, 7))
print(len(big), sum(big), min(big), max(big))
