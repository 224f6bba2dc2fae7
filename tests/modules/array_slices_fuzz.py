# random slice reads, writes and deletions on arrays, checked against lists
# and printed (seeded: the same sequence under CPython and Tern)
import random
from array import array
rnd = random.Random(1234)
def rslice(n):
    pick = lambda: rnd.choice([None, rnd.randint(-n - 2, n + 2)])
    step = rnd.choice([None, 1, 2, 3, -1, -2, -3])
    return slice(pick(), pick(), step)
bad = 0
out = []
for trial in range(300):
    n = rnd.randint(0, 12)
    tc = rnd.choice('bhiqd')
    ref = [rnd.randint(-100, 100) for _ in range(n)]
    a = array(tc, ref)
    s = rslice(n)
    op = rnd.randint(0, 2)
    if op == 0:
        r = a[s].tolist()
        if r != ref[s]:
            bad += 1
        out.append(len(r))
    elif op == 1:
        k = len(ref[s])
        if s.step not in (None, 1):
            vals = [rnd.randint(-9, 9) for _ in range(k)]
        else:
            vals = [rnd.randint(-9, 9) for _ in range(rnd.randint(0, 4))]
        ref[s] = vals
        a[s] = array(tc, vals)
        out.append(sum(a))
    else:
        del ref[s]
        del a[s]
        out.append(len(a))
    if a.tolist() != ref:
        bad += 1
    # memoryview slices agree with the array's
    m = memoryview(a)
    s2 = rslice(len(a))
    if m[s2].tolist() != a.tolist()[s2]:
        bad += 1
print(bad, sum(out), len(out))
