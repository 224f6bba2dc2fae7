# arrays export their items to memoryview and bytes-like consumers
import sys
from array import array
a = array('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.readonly, m.shape, m.strides, m.obj is a)
print(m.tolist(), m[1], m[-1], m[1:3].tolist(), m[::-2].tolist())
m[0] = 10
print(a)
m[1:3] = array('i', [20, 30])
print(a)
a[3] = 40
print(m.tolist())
print(m == a, m == array('i', [10, 20, 30, 40]), m == array('b', [10, 20, 30, 40]), m == [10, 20, 30, 40])
print(bytes(m) == a.tobytes(), bytes(a) == a.tobytes(), bytearray(a) == bytearray(a.tobytes()))
print(len(b''.join([a])), len(b'' + a) == a.itemsize * len(a))
print(m.cast('B').nbytes, m.cast('B').cast('i').tolist())
d = array('d', [0.5, 1.5])
md = memoryview(d)
print(md.format, md.tolist(), md[0])
md[1] = 2
print(d)
print(memoryview(array('b', [-1, 1])).tolist(), memoryview(array('B', [255])).tolist())
print(memoryview(array('q', [-2 ** 63])).tolist(), memoryview(array('Q', [2 ** 64 - 1])).tolist())
print(memoryview(array('l', [5])).format, memoryview(array('u', 'ab')).format)
little = sys.byteorder == 'little'
print(memoryview(array('h', [1, -1])).cast('B').tolist() if little else 'skip')
print(bytes(memoryview(array('h', [1, -1]))[::-1]) if little else 'skip')
def t(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:
        print(type(e).__name__, e)
def setitem(v, k, x):
    v[k] = x
t(lambda: setitem(m, 0, 2 ** 40))
t(lambda: setitem(m, 0, 1.5))
t(lambda: setitem(md, 0, 'x'))
t(lambda: setitem(m, slice(0, 2), array('h', [1, 2])))
t(lambda: setitem(m, slice(0, 2), array('i', [1])))
t(lambda: hash(m))
t(lambda: hash(memoryview(array('b', [1])).toreadonly()) is None)
t(lambda: m.cast('h'))
t(lambda: memoryview(array('u', 'ab'))[0])
t(lambda: memoryview(array('u', 'ab')).tolist())
# a view after the array grew still reads the same items
v = memoryview(array('i', [7, 8]))
print(v.tolist())
