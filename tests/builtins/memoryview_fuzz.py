# random nested slices of memoryviews and writes through them, checked
# against the same operations on lists (seeded, same under CPython and Tern)
import random
rnd = random.Random(99)
def rslice(n):
    pick = lambda: rnd.choice([None, rnd.randint(-n - 2, n + 2)])
    return slice(pick(), pick(), rnd.choice([None, 1, 2, 3, -1, -2, -3]))
bad = 0
total = 0
for trial in range(300):
    n = rnd.randint(0, 16)
    ba = bytearray(rnd.randrange(256) for _ in range(n))
    ref = list(ba)
    idx = list(range(n))            # positions of the view's items in ba
    m = memoryview(ba)
    for depth in range(rnd.randint(1, 3)):
        s = rslice(len(idx))
        idx = idx[s]
        m = m[s]
    if m.tolist() != [ref[i] for i in idx] or len(m) != len(idx):
        bad += 1
    vals = bytes(rnd.randrange(256) for _ in idx)
    m[:] = vals
    for i, v in zip(idx, vals):
        ref[i] = v
    if list(ba) != ref:
        bad += 1
    if idx:
        k = rnd.randrange(len(idx))
        m[k] = 7
        ref[idx[k]] = 7
        m[-1] = 8
        ref[idx[-1]] = 8
    if list(ba) != ref or m.tobytes() != bytes(ref[i] for i in idx):
        bad += 1
    total += sum(m) + len(m)
print(bad, total)
