# tern: heapsize=64k
# No MemoryError the free memory does not justify: containers grown one
# step at a time until MemoryError. Growth over-allocates (lists, dicts,
# sets, bytearrays, strs built by +=); when the heap cannot hold the roomy
# size, the container must take exactly what it needs before giving up. So
# at the MemoryError, with the container still alive, gc.mem_free() must be
# less than the exact request that failed (the old storage is still live
# while the new one is filled, so that is what the request needed).
# Everything runs in functions: a new global could grow the module's dict.
import gc


def list_append(pad):
    keep = bytes(pad)
    x = []
    try:
        while True:
            x.append(None)
    except MemoryError:
        pass
    gc.collect()
    # the failed request: an array of len + 1 items (16-byte header)
    ok = gc.mem_free() < 16 + 8 * (len(x) + 1)
    big = len(x) > 500
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def list_extend(pad):
    keep = bytes(pad)
    x = []
    chunk = [None] * 16
    try:
        while True:
            x.extend(chunk)
    except MemoryError:
        pass
    gc.collect()
    ok = gc.mem_free() < 16 + 8 * (len(x) + 16)
    big = len(x) > 500
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def listcomp(pad):
    keep = bytes(pad)
    # a comprehension grows its list item by item; find the largest n that
    # fits, by doubling then halving, and check that n + 1 does not
    lo, hi = 0, 1
    while True:
        try:
            [None for i in range(hi)]
            lo, hi = hi, hi * 2
        except MemoryError:
            break
    while hi - lo > 1:
        mid = (lo + hi) // 2
        try:
            [None for i in range(mid)]
            lo = mid
        except MemoryError:
            hi = mid
    gc.collect()
    # a list of hi items did not fit: its array (16 + 8 * hi at most), the
    # array it grew from (no bigger) and the comprehension's own objects
    # (function, range, iterator: under 256 bytes) were more than the free
    # memory
    ok = gc.mem_free() < 2 * (16 + 8 * hi) + 256
    big = lo > 500
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def dict_insert(pad):
    keep = bytes(pad)
    d = {}
    i = 0
    try:
        while True:
            d[i] = None
            i += 1
    except MemoryError:
        pass
    gc.collect()
    n = len(d) + 1
    slots = 8
    while slots * 2 // 3 < n:
        slots *= 2
    # the failed request: an index of `slots` 4-byte slots and exactly n
    # 24-byte entries, each with a 16-byte header; plus 32 bytes for a
    # small object the raise itself may have made and dropped
    ok = gc.mem_free() < 16 + 4 * slots + 16 + 24 * n + 32
    big = len(d) > 100
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def set_add(pad):
    keep = bytes(pad)
    s = set()
    i = 0
    try:
        while True:
            s.add(i)
            i += 1
    except MemoryError:
        pass
    gc.collect()
    n = len(s) + 1
    size = 8
    while n * 5 >= (size - 1) * 3:
        size *= 2
    # the failed request: a table of `size` 16-byte slots
    ok = gc.mem_free() < 16 + 16 * size
    big = len(s) > 100
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def bytearray_extend(pad):
    keep = bytes(pad)
    b = bytearray()
    chunk = b'x' * 64
    try:
        while True:
            b += chunk
    except MemoryError:
        pass
    gc.collect()
    ok = gc.mem_free() < 16 + len(b) + 64 + 8
    big = len(b) > 4000
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def bytearray_append(pad):
    keep = bytes(pad)
    b = bytearray()
    try:
        while True:
            b.append(120)
    except MemoryError:
        pass
    gc.collect()
    ok = gc.mem_free() < 16 + len(b) + 1 + 8
    big = len(b) > 4000
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def str_concat(pad):
    keep = bytes(pad)
    s = ''
    chunk = 'y' * 64
    try:
        while True:
            s += chunk
    except MemoryError:
        pass
    gc.collect()
    # the failed request: a str of len + 64 (24-byte header, NUL)
    ok = gc.mem_free() < 25 + len(s) + 64 + 8
    big = len(s) > 4000
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def str_join(pad):
    keep = bytes(pad)
    s = ''
    chunk = 'z' * 64
    try:
        while True:
            s = ''.join((s, chunk))
    except MemoryError:
        pass
    gc.collect()
    # the failed request: a str of len + 64, with the 2-tuple (32 bytes) live
    ok = gc.mem_free() < 25 + len(s) + 64 + 8 + 32
    big = len(s) > 4000
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


def bytes_concat(pad):
    keep = bytes(pad)
    s = b''
    chunk = b'w' * 64
    try:
        while True:
            s = s + chunk
    except MemoryError:
        pass
    gc.collect()
    ok = gc.mem_free() < 25 + len(s) + 64 + 8
    big = len(s) > 4000
    # drop the container before the result tuple needs memory
    x = d = s = b = keep = None
    return ok, big


# Where the heap runs out relative to the growth steps depends on what else
# is live: repeat each with padding objects of several sizes.
for f in (list_append, list_extend, listcomp, dict_insert, set_add, bytearray_extend,
          bytearray_append, str_concat, str_join, bytes_concat):
    results = []
    for pad in range(0, 9000, 1000):
        gc.collect()
        results.append(f(pad))
        gc.collect()
    print(f.__name__, results.count((True, True)), 'of', len(results))
