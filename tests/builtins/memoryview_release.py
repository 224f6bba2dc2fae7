# release() and the context manager
def t(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abc')
m.release()
for f in (lambda: m[0], lambda: len(m), lambda: m.format, lambda: m.obj,
          lambda: m.readonly, lambda: m.tobytes(), lambda: m.tolist(),
          lambda: bytes(m), lambda: bytearray(m), lambda: m[0:1], lambda: m.cast('B'),
          lambda: memoryview(m), lambda: hash(m), lambda: m.hex(), lambda: list(m),
          lambda: m.__enter__()):
    t(f)
t(lambda: m.release())
t(lambda: m == m)
t(lambda: m == memoryview(b'abc'))
t(lambda: m != m)
print(repr(m).startswith('<released memory at 0x'))

with memoryview(bytearray(b'xyz')) as v:
    print(v[0], v.tobytes(), v.__enter__() is v)
    v[1] = 0x41
    print(v.obj)
t(lambda: v[0])
print(repr(v).startswith('<released memory'))

# release does not affect other views of the same object
b = bytearray(b'12345')
v1 = memoryview(b)
v2 = v1[1:3]
v1.release()
print(v2.tobytes(), bytes(v2))
t(lambda: v1.tobytes())
# the exporter can be resized once every view is released
v2.release()
b.append(54)
print(b)

# exit with an exception: the view is released and the exception propagates
try:
    with memoryview(b'q') as v3:
        raise KeyError('k')
except KeyError as e:
    print('caught', e)
t(lambda: v3[0])
