# micropython.RingBuffer(n): a FIFO of up to n Python objects that never
# allocates after construction, for passing objects out of an interrupt
# callback. Tern-only type: expected output in the .exp file.
import gc, micropython, weakref

RingBuffer = micropython.RingBuffer

print("-- basics")
b = RingBuffer(3)
print(len(b), b.any(), b.free(), b.full(), b.empty(), bool(b))
print(b.put(1), b.put("two"), b.put([3]), b.put(4))      # full: False, no exception
print(len(b), b.any(), b.free(), b.full(), b.empty(), bool(b))
print(b.get(), b.get(), len(b), b.put(None), b.put(b), len(b))
print(b.get(), b.get(), b.get() is b, b.get("empty"), b.get(None), len(b))
try:
    b.get()
except IndexError as e:
    print("IndexError", e)

print("-- clear")
b = RingBuffer(4)
for x in "abc":
    b.put(x)
b.get()
b.clear()
print(len(b), b.empty(), b.get(0), b.put("d"), b.get(), b.empty())

print("-- wrap-around, FIFO order")
b = RingBuffer(5)
nxt = 0
got = []
for i in range(40):
    for k in range(i % 4):
        if b.put(nxt):
            nxt += 1
    for k in range((i * 7) % 3):
        v = b.get(None)
        if v is not None:
            got.append(v)
while not b.empty():
    got.append(b.get())
print(nxt, got == list(range(nxt)), len(got))

print("-- big counts")
b = RingBuffer(1000)
for i in range(1000):
    b.put(i)
print(b.full(), b.put(-1), len(b), b.free())
total = 0
for i in range(1000):
    total += b.get()
print(total, b.empty())
ok = True
for i in range(20000):
    b.put(i)
    if i % 3 == 0:
        b.put(-i)
    v = b.get()
print(len(b), b.free())

print("-- objects are traced and move with the ring")
b = RingBuffer(50)
for i in range(50):
    b.put([i, str(i) * 3, {"k": i}, (i, float(i))])
junk = [bytes(40) for i in range(300)]
junk = None
gc.collect()
junk = [str(i) for i in range(300)]
gc.collect()
ok = True
for i in range(50):
    v = b.get()
    if v != [i, str(i) * 3, {"k": i}, (i, float(i))]:
        ok = False
print(ok, len(b))

print("-- a taken object is no longer held")
class Thing:
    pass
b = RingBuffer(2)
t = Thing()
w = weakref.ref(t)
b.put(t)
t = None
gc.collect()
print(w() is not None)
t = b.get()
t = None
gc.collect()
print(w() is None)
t = Thing()
w = weakref.ref(t)
b.put(t)
b.put(Thing())
t = None
b.clear()
gc.collect()
print(w() is None, len(b))

print("-- errors")
for arg in (0, -3):
    try:
        RingBuffer(arg)
    except ValueError as e:
        print("ValueError", e)
for arg in ("3", 2.0, None):
    try:
        RingBuffer(arg)
    except TypeError as e:
        print("TypeError", e)
try:
    RingBuffer(2 ** 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    RingBuffer(10 ** 9)
except MemoryError:
    print("MemoryError")
b = RingBuffer(2)
for f, a in ((b.put, ()), (b.put, (1, 2)), (b.get, (1, 2)), (b.free, (1,)), (b.clear, (1,))):
    try:
        f(*a)
    except TypeError as e:
        print("TypeError", e)
try:
    RingBuffer()
except TypeError:
    print("TypeError no size")
for f, a in ((RingBuffer.put, (5, 1)), (RingBuffer.get, (micropython.RingIO(3),))):
    try:
        f(*a)
    except TypeError as e:
        print("TypeError", e)
try:
    class Sub(RingBuffer):
        pass
except TypeError as e:
    print("TypeError", e)

print("-- identity")
b = RingBuffer(1)
print(type(b).__name__, isinstance(b, RingBuffer), len({b, b, RingBuffer(1)}), hash(b) == hash(b))
print(repr(RingBuffer(4)), b.put(1), repr(b))

print("-- no allocation")
# Every allocation lowers gc.mem_free() (bump allocation): the same value
# after thousands of operations means none allocated.
def no_alloc(b, items, n):
    it = iter(range(n))
    gc.collect()
    f0 = gc.mem_free()
    for i in it:
        b.put(items[i % 4])
        b.put(i)
        b.put(None)
        b.get()
        b.get(None)
        b.any()
        len(b)
        b.free()
        b.full()
        b.empty()
        if b.full():
            b.clear()
        b.get(0)
    return f0 - gc.mem_free()

items = ["a", (1, 2), [3], 4.5]
print(no_alloc(RingBuffer(10), items, 10), no_alloc(RingBuffer(10), items, 5000), no_alloc(RingBuffer(1), items, 5000))
