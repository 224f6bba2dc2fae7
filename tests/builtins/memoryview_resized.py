# Tern's own behaviour (hence the .exp file): CPython refuses to resize a
# bytearray or an array while a memoryview of it exists (BufferError at the
# resize). Tern cannot count live views (its collector has no finalizers),
# so it allows the resize; a view checks at each access that its items are
# still inside the object, and raises BufferError if they are not.
ba = bytearray(b'abcdef')
m = memoryview(ba)[2:5]
ba.extend(b'ghijklmnopqrstuvwxyz' * 4)     # grows (and moves) the storage
print(m.tobytes(), m[0], len(m))
ba[2] = ord('C')
print(m.tobytes())
del ba[3:]                                  # now too short for the view
for f in (lambda: m[0], lambda: m.tobytes(), lambda: m.tolist(), lambda: bytes(m),
          lambda: m == b'Cde'):
    try:
        print(f())
    except BufferError as e:
        print('BufferError', e)
ba.extend(b'xy')                            # long enough again
print(m.tobytes())

from array import array
a = array('i', [1, 2, 3])
v = memoryview(a)
a.extend(range(100))
print(v.tolist(), len(v))
del a[1:]
try:
    v[2] = 5
except BufferError as e:
    print('BufferError', e)
print(a)
