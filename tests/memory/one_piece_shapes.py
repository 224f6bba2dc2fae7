# tern: heapsize=64k
# After gc.collect(), one object of nearly all the free memory can be made
# in each common shape, not only as a bytearray: lists grown item by item
# (the items array grows where it lies when it is the last object), lists
# and tuples from iterators (the tuple takes over the list's array), arrays
# from bytes (no copy of the initializer, exact size). `c` is what each
# shape needs besides its items: headers, the iterator and its source, the
# temporary one-item list of [x] * n, rounding.
import gc
import array


def fits(name, make, per, c):
    gc.collect()
    n = (gc.mem_free() - c) // per
    try:
        ok = len(make(n)) == n
    except MemoryError:
        ok = False
    print(name, ok)


fits('bytearray(n)', bytearray, 1, 64)
fits('bytes(n)', bytes, 1, 64)
fits("'x' * n", lambda n: 'x' * n, 1, 64)
fits('[None] * n', lambda n: [None] * n, 8, 160)
fits('list comprehension', lambda n: [i for i in range(n)], 8, 256)
fits('tuple(range(n))', lambda n: tuple(range(n)), 8, 256)
fits('tuple(generator)', lambda n: tuple(i for i in range(n)), 8, 384)
fits("array('b', bytes)", lambda n: array.array('b', bytes(n)), 2, 256)
fits("array('b', [0]) * n", lambda n: array.array('b', [0]) * n, 1, 256)


def appended(n):
    out = []
    for i in range(n):
        out.append(i)
    return out


fits('append loop', appended, 8, 384)
