# micropython.RingIO: a byte FIFO with MicroPython 1.23's interface (any,
# read, readline, readinto, write, close), for passing bytes out of an
# interrupt callback. Tern-only module: expected output in the .exp file.
import gc, micropython
from array import array

RingIO = micropython.RingIO

print("-- basics")
r = RingIO(8)
print(r.any(), r.read(), r.read(3), r.readline())
print(r.write(b"hello"), r.any())
print(r.read(2), r.any())
print(r.write(b"world!"), r.any())       # partial: 5 of 6 fit
print(r.write(b"x"), r.write(b""), r.any())   # full: 0, never an exception
print(r.read(), r.any(), r.read())
print(r.write(b"12345678"), r.read(0), r.read(None), r.read(-1))

print("-- wrap-around")
r = RingIO(5)
out = []
for i in range(12):
    n = r.write(bytes([65 + i]) * (i % 4 + 1))
    out.append((n, r.any(), r.read(i % 3 + 1)))
print(out)
print(r.read())

print("-- readline")
r = RingIO(16)
r.write(b"ab\ncd\n\nef")
print(r.readline(), r.readline(1), r.readline(), r.readline(), r.readline(), r.readline())
r.write(b"0123456789\nabcd")          # the line crosses the end of the storage
print(r.readline(), r.readline(2), r.readline(100), r.readline(-1))
r.write(b"x\ny\nz")
print([line for line in r], r.any())

print("-- readinto")
r = RingIO(10)
r.write(b"abcdefgh")
buf = bytearray(3)
print(r.readinto(buf), bytes(buf))
print(r.readinto(buf, 2), bytes(buf))
print(r.readinto(buf, 0), r.readinto(buf, None), bytes(buf), r.readinto(buf, -1))
big = bytearray(b"." * 8)
print(r.readinto(big), big, r.any())
r.write(b"ABCDEFGHIJ")
mv = memoryview(big)[2:6]
print(r.readinto(mv), big)
a = array("h", [0, 0])
print(r.readinto(a), a.tobytes(), r.read())

print("-- write forms")
r = RingIO(20)
print(r.write(b"abcdef", 2), r.write(b"abcdef", 2, 3), r.write(b"abcdef", 10, 3), r.write(b"abcdef", 4, 100))
print(r.write(bytearray(b"ba")), r.write(memoryview(b"xyzw")[1:3]), r.write("sé"), r.write(array("B", [49, 50])))
print(r.read(), r.write(b"q", -1), r.write(b"abc", -2, 2), r.write(b"abc", 1, -1), r.read())

print("-- in a buffer")
ba = bytearray(b"-" * 8)
r = RingIO(ba)                          # holds len - 1 bytes, as in MicroPython
print(r.write(b"0123456789"), r.any(), ba)
print(r.read(4), r.write(b"ABCDEF"), r.any(), ba)
print(r.read(), r.any())
ba2 = bytearray(b"=" * 12)
r = RingIO(memoryview(ba2)[3:9])        # a slice of a bytearray: 5 bytes
print(r.write(b"abcdefg"), ba2, r.read())
r = RingIO(array("i", [0, 0]))          # 8 bytes of storage
print(r.write(b"123456789"), r.read())
ba3 = bytearray(4)
r = RingIO(ba3)
r.write(b"ab")
del ba3[1:]                             # resized under the ring
try:
    r.write(b"c")
except BufferError as e:
    print("BufferError", e)
ba3.extend(b"xyz")                      # long enough again
print(r.write(b"c"), r.any())

print("-- close")
r = RingIO(4)
r.write(b"ab")
print(r.close(), r.read())

print("-- errors")
for arg in (0, -1, bytearray(1), bytearray(0)):
    try:
        RingIO(arg)
    except ValueError as e:
        print("ValueError", e)
for arg in (b"abcd", "abcd", 2.5, None, memoryview(b"abcd")):
    try:
        RingIO(arg)
    except TypeError as e:
        print("TypeError", e)
r = RingIO(4)
for f, a in ((r.write, (5,)), (r.write, (None,)), (r.readinto, (b"xy",)), (r.readinto, (5,)),
             (r.read, ("x",)), (r.write, ()), (r.any, (1,)), (r.readline, (1, 2))):
    try:
        f(*a)
    except TypeError as e:
        print("TypeError", e)
try:
    RingIO()
except TypeError:
    print("TypeError no size")
try:
    r.write(b"ab", 1, 2, 3)
except TypeError:
    print("TypeError too many")

print("-- big counts")
r = RingIO(1000)
pattern = bytes(range(256)) * 8
wrote = got = 0
check = 0
for i in range(3000):
    n = r.write(pattern[wrote % 256:wrote % 256 + i % 700])
    wrote += n
    chunk = r.read(i % 500)
    for k in range(0, len(chunk), 97):
        if chunk[k] != (got + k) % 256:
            check += 1
    got += len(chunk)
chunk = r.read()
got += len(chunk)
print(wrote, got, wrote == got, check, r.any())

print("-- the bytes move with the ring")
r = RingIO(100)
r.write(b"kept across collections")
junk = [bytes(50) for i in range(200)]
junk = None
gc.collect()
print(r.readline(5))
junk = [str(i) for i in range(300)]
gc.collect()
print(r.read())

print("-- no allocation")
# Every allocation lowers gc.mem_free() (bump allocation): the same value
# after thousands of operations means none allocated.
def no_alloc(r, src, dst, n):
    it = iter(range(n))
    gc.collect()
    f0 = gc.mem_free()
    for i in it:
        r.write(src)
        r.write(src, 3)
        r.readinto(dst)
        r.readinto(dst, 2)
        r.any()
    return f0 - gc.mem_free()

dst = bytearray(9)
print(no_alloc(RingIO(50), b"0123456789", dst, 10), no_alloc(RingIO(50), b"0123456789", dst, 5000))
print(no_alloc(RingIO(bytearray(50)), b"0123456789", dst, 5000), no_alloc(RingIO(7), "text", dst, 5000))
