# tern: heapsize=64k
# Fragmentation torture: the heap is kept over 90% full of interleaved
# long- and short-lived objects of random sizes and kinds; after each round,
# one gc.collect() must leave all the free memory in one piece, so that a
# single object of gc.mem_free() minus its own header is allocatable, in
# every shape. The constants are the object's header (and rounding) only:
#   bytes(n), b'x'*n, 'x'*n   24-byte header + NUL        -> free - 25
#   bytearray(n)              24-byte object + 16-byte blob header -> free - 40
#   [None]*k                  24-byte list + 16-byte array header, 8 bytes
#                             an item, plus the [None] operand still alive
#                             (a 24-byte list and its 48-byte array)
#                             -> k = (free - 112) // 8
# A fixed-seed generator written here keeps the run deterministic.
import gc

seed = 12345


def rnd(n):
    # a 31-bit LCG (glibc's constants); returns 0 <= r < n
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


class Node:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def make(size):
    k = rnd(8)
    if k == 0:
        return 's' * size
    if k == 1:
        return bytes(size)
    if k == 2:
        return bytearray(size)
    if k == 3:
        return [None] * (size // 8 + 1)
    if k == 4:
        return tuple(range(size // 8 + 1))
    if k == 5:
        d = {}
        for i in range(size // 250 + 1):
            d[i] = i
        return d
    if k == 6:
        return Node(size, 'n' * (size // 2))
    return [Node(i, None) for i in range(size // 300 + 1)]


SHAPES = (
    ('bytes', lambda f: bytes(f - 25), 25),
    ('bytes_mul', lambda f: b'x' * (f - 25), 25),
    ('str_mul', lambda f: 'x' * (f - 25), 25),
    ('bytearray', lambda f: bytearray(f - 40), 40),
    ('list', lambda f: [None] * ((f - 112) // 8), 112),
)

gc.collect()
total = gc.mem_free() + gc.mem_alloc()
ROUNDS = 60
STEPS = 30
NSLOTS = 48
fails = []
slots = [None] * NSLOTS
lens = [0] * NSLOTS             # what len(slots[i]) must be: nothing got corrupted
allocs = 0
for r in range(ROUNDS):
    for step in range(STEPS):
        # one object dies (mostly the short-lived ones: the first quarter of
        # the slots is long-lived and rarely replaced) ...
        i = rnd(NSLOTS)
        if i < NSLOTS // 4 and rnd(8):
            i = NSLOTS // 4 + rnd(NSLOTS - NSLOTS // 4)
        slots[i] = None
        lens[i] = 0
        # ... and new ones take the heap back over 90% full
        while True:
            gc.collect()
            free = gc.mem_free()
            if free * 10 < total:
                break
            room = free - total // 20
            size = 8 + rnd(room // 2 if room > 2048 else 1024)
            o = make(size)
            allocs += 1
            j = rnd(NSLOTS)
            if slots[j] is None or rnd(2):
                slots[j] = o
                lens[j] = len(o) if type(o) is not Node else o.a
            o = None
    name, mk, c = SHAPES[r % len(SHAPES)]
    gc.collect()
    f = gc.mem_free()
    try:
        big = mk(f)
        ok = len(big) > 0
    except MemoryError:
        ok = False
    big = None
    if not ok:
        fails.append((r, name, f))
    for i in range(NSLOTS):
        o = slots[i]
        if o is not None and (len(o) if type(o) is not Node else o.a) != lens[i]:
            fails.append((r, 'corrupt', i))
    o = None
print('rounds', ROUNDS, 'allocations > 1000:', allocs > 1000)
print('failures', fails)
