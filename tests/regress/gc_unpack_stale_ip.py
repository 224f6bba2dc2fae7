# tern: heapsize=64k
# A collection inside UNPACK_SEQUENCE / UNPACK_EX (unpacking an iterator
# goes through a list) must leave the frame's instruction pointer where the
# collector put it (it once wrote its stale copy back). The module's code
# object moves at the first collection (the compiler's garbage lies below
# it): fill the heap with live objects without collecting, so that the
# first collection happens inside the unpacking, then allocate over where
# the code was.
import gc
it = iter((1, 2, 3))
a = b = c = keep = None
if hasattr(gc, 'mem_free'):
    while gc.mem_free() >= 72:     # a bytes and a 2-tuple always fit
        keep = (keep, bytes((gc.mem_free() - 64) // 2))
try:
    a, b, c = it
except MemoryError:     # the GC-stress build has no garbage to free here
    keep = None
    a, b, c = 1, 2, 3
keep = None
total = 0
for i in range(3000):
    p, q, r = iter((i, 'p', 'q'))
    s, *t = iter((i, 'p', 'q'))
    total += p + s + len(t) + a + b + c
print(total)
