# slices of a memoryview are views on the same object, not copies
ba = bytearray(b'0123456789')
m = memoryview(ba)
s = m[2:6]
print(s.tobytes(), len(s), s.obj is ba, s.shape, s.strides)
ba[3] = ord('X')
print(s.tobytes())          # sees the change: shares the bytes
s[0] = ord('Y')
print(ba)                   # and writes through

t = m[::2]
print(t.tobytes(), t.tolist(), t.strides, t.c_contiguous, t.contiguous, t.nbytes)
r = m[::-1]
print(r.tobytes(), r.strides, r[0], r[-1])
r2 = m[8:2:-3]
print(r2.tobytes(), r2.tolist(), len(r2))
print(m[5:2].tobytes(), len(m[5:2]), m[100:].tobytes(), m[-3:].tobytes())
print(m[::2][::2].tobytes(), m[1:][1:][1:].tobytes(), m[::-1][::-2].tobytes())

# slice assignment
ba = bytearray(b'abcdefgh')
m = memoryview(ba)
m[0:3] = b'XYZ'
print(ba)
m[::2] = b'1234'
print(ba)
m[::-1] = bytearray(b'ABCDEFGH')
print(ba)
m[2:4] = memoryview(b'--')
print(ba)
# overlapping source and destination
m[1:5] = m[0:4]
print(ba)
m[:] = b'12345678'
print(ba)
m[3:3] = b''
print(ba)

# bytes/bytearray/join/concatenation from views
m = memoryview(b'abcdef')
print(bytes(m[1:4]), bytearray(m[::2]), bytes(m[::-1]))
print(b'-'.join([m[0:2], m[2:4], b'x']), b''.join([m]))
print(b'<' + m[1:3], bytearray(b'[') + m[2:4])
print(m[1:3] in b'xbcx', b'bc' in bytes(m))
