# tern: heapsize=64k
# list() of a range (or a dict or set) takes exactly the room for the items it
# will get, so a list of (free memory - overhead) / 8 items fits: growing by
# half again would need the old and the new array at once. Overhead: the
# list (24) and its array header (16), the range (32) or the source, the
# iterator (40) and rounding.
import gc


def fits(make, c):
    gc.collect()
    n = (gc.mem_free() - c) // 8
    try:
        return len(make(n)) == n
    except MemoryError:
        return False


print('list(range(n))', fits(lambda n: list(range(n)), 160))
print('[*range(n)]', fits(lambda n: [*range(n)], 160))
x = []
gc.collect()
n = (gc.mem_free() - 160) // 8
try:
    x.extend(range(n))
    print('extend(range(n))', len(x) == n)
except MemoryError:
    print('extend(range(n)) MemoryError')
x = None
