# memoryview over bytes and bytearray: attributes, indexing, len, tobytes/tolist
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[2])
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m.readonly, m.obj, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tobytes(), m.tolist())
print(bytes(m), bytearray(m), list(m))
print(type(m).__name__, type(m) is memoryview, isinstance(m, memoryview))
print(repr(m).startswith('<memory at 0x'), str(m).startswith('<memory at '))

w = memoryview(bytearray(b'hello'))
print(w.readonly, w.obj, len(w), w.tolist())
w[0] = 72
print(w.obj, w[0])
w[-1] = ord('!')
print(w.obj)

e = memoryview(b'')
print(len(e), e.tobytes(), e.tolist(), bool(e), e.shape, e.nbytes)
print(bool(m))

# memoryview of a memoryview keeps the original exporter
mm = memoryview(m)
print(mm.obj is m.obj, mm.tobytes())
print(memoryview(object=b'xy').tobytes())

# index types
class I:
    def __index__(self):
        return 1
print(m[I()], m[True], m[False])

# iteration, in, reversed
print([x for x in memoryview(b'\x01\x02\x03')])
print(97 in m, 120 in m, b'a' in m)
print(list(reversed(m)))
print(sum(memoryview(bytes(range(10)))))
