# tern: heapsize=64k
# More ways to leave holes before asking for all the free memory in one
# piece (free - 25 as bytes): two lists growing in turn (each growth leaves
# the old array behind), dict and set churn with deletions, strings built
# by the string builder (%, repr, format, join), a big request from inside
# a generator, a deep recursion and an except clause, and holes of random
# sizes between live objects. Each must succeed after gc.collect().
import gc

seed = 99


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


def big():
    gc.collect()
    try:
        return len(bytes(gc.mem_free() - 25)) > 0
    except MemoryError:
        return False


def two_lists():
    a, b = [], []
    for i in range(400):
        a.append(i * 1000)
        b.append(str(i))
    del a[::2]
    return big()


def dict_churn():
    d = {}
    s = set()
    for i in range(250):
        d[str(i)] = i
        s.add(i * 7)
        if i % 3 == 0:
            del d[str(i // 2)]
            s.discard(i // 2 * 7)
    return big()


def strbuild():
    keep = []
    for i in range(150):
        keep.append('%d-%s-%r' % (i, 'x' * rnd(50), [i, 'y' * rnd(20)]))
        keep.append('{}:{:>10}'.format(i, 'z' * rnd(30)))
        if i % 2:
            keep[rnd(len(keep))] = None
    return big()


def gen():
    junk = [bytes(rnd(500)) for i in range(30)]
    del junk[::2]
    yield big()


def deep(n):
    x = [n] * rnd(20)
    if n == 0:
        return big()
    return deep(n - 1)


def in_except():
    junk = [bytearray(rnd(800)) for i in range(20)]
    del junk[1::2]
    try:
        raise ValueError('x' * 100)
    except ValueError:
        return big()


def random_holes():
    live = []
    for i in range(110):
        o = bytes(rnd(300)) if rnd(2) else [None] * rnd(30)
        if rnd(3):
            live.append(o)
    for i in range(len(live) - 1, 0, -3):
        del live[i]
    return big()


for f in (two_lists, dict_churn, strbuild, in_except, random_holes):
    print(f.__name__, f())
    gc.collect()
print('gen', next(gen()))
print('deep', deep(30))
