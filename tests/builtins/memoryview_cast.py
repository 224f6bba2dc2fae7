# cast() between byte formats and others, 1-D
import sys
def t(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:
        print(type(e).__name__, e)

little = sys.byteorder == 'little'
m = memoryview(b'\x01\x00\x02\x00\xff\xff\x00\x80')
h = m.cast('h')
print(h.format, h.itemsize, len(h), h.nbytes, h.shape, h.strides)
print(h.tolist() if little else 'skip')
H = m.cast('H')
print(H.tolist() if little else 'skip')
print(m.cast('b').tolist())
print(m.cast('c').tolist(), m.cast('c')[0])
print(m.cast('?').tolist())
print(m.cast('i').itemsize, m.cast('q').itemsize, m.cast('Q').tolist() if little else 'skip')
print(m.cast('@B').tolist() == m.tolist())
print(m.cast('h').cast('B').tolist() == m.tolist())
print(m.cast('B', [8]).shape, m.cast('B', shape=(8,)).shape)
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 2
print(d.tolist(), d.format, d.readonly)
f = memoryview(bytearray(8)).cast('f')
f[0] = 0.1
f[1] = -3
print(f.tolist())
i = memoryview(bytearray(8)).cast('i')
i[0] = -5
i[1] = 2 ** 31 - 1
print(i.tolist(), i.obj if little else 'skip')
q = memoryview(bytearray(16)).cast('Q')
q[0] = 2 ** 64 - 1
q[1] = 12345678901234
print(q.tolist())
n = memoryview(bytearray(16)).cast('q')
n[0] = -2 ** 63
print(n.tolist())
bb = memoryview(bytearray(2)).cast('?')
bb[0] = 5
bb[1] = []
print(bb.tolist(), bb.obj)
c = memoryview(bytearray(b'ab')).cast('c')
c[1] = b'z'
print(c.obj, c.tolist())

# errors
t(lambda: m.cast('x'))
t(lambda: m.cast('<h'))
t(lambda: m.cast('bb'))
t(lambda: m.cast(''))
t(lambda: m.cast(1))
t(lambda: memoryview(b'abc').cast('h'))
t(lambda: h.cast('i'))
t(lambda: m[::2].cast('B'))
t(lambda: m.cast('B', [5]))
def setitem(v, k, x):
    v[k] = x
t(lambda: setitem(i, 0, 2 ** 31))
t(lambda: setitem(i, 0, 'x'))
t(lambda: setitem(d, 0, 'x'))
t(lambda: setitem(d, 0, 2 ** 2000))
t(lambda: setitem(memoryview(bytearray(8)).cast('Q'), 0, -1))
t(lambda: setitem(memoryview(bytearray(1)), 0, 2 ** 70))
t(lambda: setitem(c, 0, b'ab'))
t(lambda: setitem(c, 0, 1))
t(lambda: setitem(c, 0, bytearray(b'a')))

# equality compares values across formats
print(memoryview(b'\x01\x02').cast('b') == memoryview(b'\x01\x02'))
print(memoryview(b'\xff').cast('b') == memoryview(b'\xff'))
print(memoryview(b'a').cast('c') == memoryview(b'a'), memoryview(b'a').cast('c') == b'a'.decode() )
print(memoryview(b'a').cast('c') == memoryview(b'a').cast('c'))
