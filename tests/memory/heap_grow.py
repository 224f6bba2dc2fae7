# tern: heapsize=64k heapmax=1m
# A growing heap (-X heapmax): it starts in the 64 KiB block, moves into
# larger blocks as live data grows, keeps every object intact through the
# moves, goes back home when the data dies, and stops at the bound with a
# clean MemoryError (a hopeless request does not inflate it).
import gc


def total():
    gc.collect()
    return gc.mem_free() + gc.mem_alloc()


def build(n):
    return [(i, str(i), float(i), [i] * (i % 5)) for i in range(n)]


def check(data, n):
    for i in range(n):
        t = data[i]
        if t[0] != i or t[1] != str(i) or t[2] != float(i) or t[3] != [i] * (i % 5):
            return False
    return True


def main():
    home = total()
    print("home below 64k:", home < 64 * 1024)
    data = build(2000)
    big = total()
    print("grew:", big > 4 * home, "within bound:", big <= 1024 * 1024)
    print("intact:", check(data, 2000))
    data = None
    print("home again:", total() == home)

    # one big object: the heap grows to fit it
    buf = bytearray(256 * 1024)
    buf[-1] = 7
    print("big object:", len(buf), buf[-1], total() > 256 * 1024)
    buf = None
    print("home again:", total() == home)

    # a request no heap within the bound can hold: MemoryError, no growth
    try:
        bytearray(2 * 1024 * 1024)
        print("no MemoryError")
    except MemoryError:
        print("MemoryError for 2 MiB; stayed home:", total() == home)

    # fill up to the bound
    keep = []
    try:
        while True:
            keep.append(bytes(1000) + str(len(keep)).encode())
    except MemoryError:
        pass
    full = total()
    print("stopped at the bound:", full <= 1024 * 1024, full > 768 * 1024)
    print("kept intact:", all(keep[i][1000:] == str(i).encode() for i in range(len(keep))))
    n = len(keep)
    keep = None
    print("home again:", total() == home, n > 700)


main()
