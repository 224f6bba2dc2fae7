# iteration order of int sets after many mixed operations matches CPython 3.11
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
sets = [set() for _ in range(4)]
for step in range(3000):
    # non-negative: how a negative hash perturbs the probe depends on the
    # word size (CPython on a 32-bit host orders such sets differently too)
    op = rnd(14); a = rnd(4); b = rnd(4); k = rnd(2000)
    A, B = sets[a], sets[b]
    if op < 4: A.add(k)
    elif op < 5: A.discard(k)
    elif op == 5 and A: A.pop()
    elif op == 6: sets[a] = A | B
    elif op == 7: sets[a] = A & B
    elif op == 8: sets[a] = A - B
    elif op == 9: sets[a] = A ^ B
    elif op == 10: A |= set(range(k, k + rnd(30)))
    elif op == 11: A -= B
    elif op == 12: sets[a] = set(list(A)) if rnd(2) else A.copy()
    else: A.update(range(k, k + 5), [k * 3])
    if len(A) > 400: A.clear()
    if step % 500 == 0: print(step, [list(s) for s in sets])
print([list(s) for s in sets])
print(list(frozenset(sets[0]) | sets[1]), list(sets[2].union(sets[3], [1, 2, 3])), list(sets[0].intersection(sets[1], sets[2])))
print(list(sets[1].difference(sets[2], sets[3])), list(sets[2].symmetric_difference(list(sets[0]))))
d = {k: 1 for k in sets[0]}
print(list(set(d)), list(set(d.keys()) & sets[1]))
