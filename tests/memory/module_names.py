# tern: heapsize=64k
# A module body's namespace gets room for every name the module assigns
# before it runs: storing a new global after measuring gc.mem_free() must
# not allocate, or a program that measures the free memory at module level
# and then allocates it (names: free, big, result) finds less than it
# measured. Then the alternating-buffers pattern, at module level.
import gc

gc.collect()
before = gc.mem_free()
n1 = 1; n2 = 2; n3 = 3; n4 = 4; n5 = 5; n6 = 6; n7 = 7; n8 = 8; n9 = 9; n10 = 10
n11 = n12 = n13 = n14 = n15 = n16 = n17 = n18 = n19 = n20 = None
after = gc.mem_free()
print('bytes allocated by storing 21 new names:', before - after)

bufs = []
try:
    while True:
        bufs.append(bytearray(1024))
        bufs.append((len(bufs), 'x'))
except MemoryError:
    bufs.pop()
    bufs.pop()
for i in range(0, len(bufs), 4):
    bufs[i] = None
gc.collect()
free = gc.mem_free()
try:
    big = bytearray(free - 40)
    result = 'ok'
except MemoryError:
    result = 'MemoryError'
big = None
gc.collect()
free2 = gc.mem_free()
try:
    big2 = bytes(free2 - 25)
    result2 = 'ok'
except MemoryError:
    result2 = 'MemoryError'
big2 = None
print(result, result2)
