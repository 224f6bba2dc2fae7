# deterministic pseudo-random workout of dict, set and list (CPython is the oracle)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
d = {}
s = set()
l = []
for step in range(6000):
    op = rnd(10)
    k = rnd(300)
    if op < 4:
        d[k] = step
        s.add(k)
        l.append(k)
    elif op < 6:
        d.pop(k, None)
        s.discard(k)
        if k in l:
            l.remove(k)
    elif op == 6:
        if d:
            d.popitem()
        if s:
            s.pop()
    elif op == 7:
        l.insert(rnd(len(l) + 1), -k)
    elif op == 8:
        if l:
            del l[rnd(len(l))]
    else:
        d.setdefault(k, -1)
print(len(d), len(s), len(l))
print(list(d.items())[:10], list(d)[-5:])
print(sorted(s)[:10], s == set(s), sum(s))
print(l[:15], sum(l), l.count(0))
print(s)
fs = frozenset(s)
print(fs == s, len(fs | set(d)), len(fs & set(d)), len(fs - set(d)), len(fs ^ set(d)))
keys = list(d)
for k in keys[::2]:
    del d[k]
print(list(d)[:8], len(d))
