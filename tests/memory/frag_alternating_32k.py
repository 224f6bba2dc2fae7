# tern: heapsize=32k
# frag_alternating_64k.py at the smallest heap (kept short: compiling the
# test itself takes most of a 32 KiB heap). Free minus 25 (the bytes
# header and NUL) must be allocatable in one piece.
import gc


def main():
    bufs = []
    try:
        while True:
            bufs.append(bytearray(1024))
            bufs.append((len(bufs), 'x'))
    except MemoryError:
        # give back a pair (a buffer and a tuple), as the 64k test does: one
        # tuple may leave too little for the loop's range and its iterator.
        # pop() allocates nothing (`del bufs[-2:]` needs a slice object,
        # and the heap may have less than that left)
        bufs.pop()
        bufs.pop()
    n = len(bufs)
    for i in range(0, n, 4):
        bufs[i] = None
    gc.collect()
    try:
        print(n > 4, len(bytes(gc.mem_free() - 25)) > 1024)
    except MemoryError:
        print('MemoryError')


main()
