# tern: heapsize=64k
# The pattern that defeats first-fit and block-bitmap allocators (the 256k
# and 1m tests run this main() at their sizes): the heap filled with
# alternating 1 KiB buffers and small objects, then every other buffer
# freed. After gc.collect() the free memory is one run, so free minus the
# object's header (bytes: 25, bytearray: 40) is allocatable in one piece. All in a function: a new
# global would grow the module's dict between measuring and allocating.
import gc


def fill():
    bufs = []
    smalls = []
    try:
        while True:
            b = bytearray(1024)
            s = (len(bufs), 'x')
            bufs.append(b)
            smalls.append(s)
    except MemoryError:
        # the heap is full: give back one pair to be able to go on (b and
        # s may still hold the last pair: drop them too)
        b = s = None
        bufs.pop()
        smalls.pop()
    return bufs, smalls


def big(kind, free):
    try:
        if kind == 0:
            return len(bytearray(free - 40)) == free - 40
        if kind == 1:
            return len(bytes(free - 25)) == free - 25
        return len('x' * (free - 25)) == free - 25
    except MemoryError:
        return 'MemoryError'


def main():
    bufs, smalls = fill()
    n = len(bufs)
    for i in range(0, n, 2):
        bufs[i] = None
    gc.collect()
    free = gc.mem_free()
    total = free + gc.mem_alloc()
    print('holes', n // 2 >= 4, 'free over a quarter of the heap', free * 4 > total)
    for kind in range(3):
        gc.collect()
        print(big(kind, gc.mem_free()))
    ok = True
    for i in range(n):
        if i % 2 and (len(bufs[i]) != 1024 or smalls[i] != (i, 'x')):
            ok = False
    print('survivors intact', ok)


if __name__ == '__main__':
    main()
