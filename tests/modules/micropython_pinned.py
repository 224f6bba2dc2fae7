# Tern's pinned buffers: micropython.pinned(n) is a bytearray whose bytes
# never move; freeing it gives the space back. Also mem_info() and
# gc.threshold(). (Tern-only behaviour: expected output in the .exp file.)
# tern: heapsize=96k
import gc, micropython

junk = b = held = e = None
a0 = r = 0
ok = True
line = ''
# builtins are copied into the builtins dict when first used: use them all
# before measuring
line = (len, str, range, print, BufferError, ValueError, TypeError, MemoryError)
gc.collect()
gc.collect()
f0 = gc.mem_free()

b = micropython.pinned(1000)
a0 = micropython.addressof(b)
print(len(b), b[:4], f0 - gc.mem_free() >= 1000)

# churn the heap: the pinned buffer stays where it is
junk = []
held = []
for r in range(60):
    junk.append([str(i) for i in range(30)])
    if len(junk) > 5:
        junk.pop(0)
    held.append(micropython.pinned(r % 7 * 10))
    if r % 3:
        held.pop(0)
    gc.collect()
    ok = ok and micropython.addressof(b) == a0
print('address stable:', ok)

b[0] = 7
b[1:3] = b'xy'
print(b[:4], micropython.addressof(b) == a0)
# (in a function: `except ... as e` deletes a global, and the churn could
# make the module's dict resize inside the measurement)
def errors():
    try:
        b.append(1)
    except BufferError as e:
        print('BufferError:', e)
    try:
        b.extend(b'more')
    except BufferError as e:
        print('BufferError:', e)
    b[2:4] = b''          # shrinking is fine
    print(len(b))
    try:
        micropython.pinned(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        micropython.addressof(b'abc')
    except TypeError as e:
        print('TypeError:', e)
    try:
        micropython.pinned(10 ** 9)
    except MemoryError:
        print('MemoryError')


errors()

# freeing gives the space back
b = junk = held = None
gc.collect()
gc.collect()
print('space back:', gc.mem_free() >= f0 - 256)

# gc.collect() returns the number of objects it freed
junk = [[i] for i in range(100)]
junk = None
print('collect freed >= 100:', gc.collect() >= 100)

# threshold
print(gc.threshold())
gc.threshold(8192)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
