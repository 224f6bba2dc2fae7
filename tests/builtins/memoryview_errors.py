# error cases: types and messages match CPython
def t(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abc')
t(lambda: memoryview())
t(lambda: memoryview('abc'))
t(lambda: memoryview(1))
t(lambda: memoryview([1, 2]))
t(lambda: memoryview(b'a', b'b'))
t(lambda: m[3])
t(lambda: m[-4])
t(lambda: m['a'])
t(lambda: m[1.0])
t(lambda: m[2 ** 100])
t(lambda: m[::0])
t(lambda: m[1, 2])

def setitem(v, k, x):
    v[k] = x
def delitem(v, k):
    del v[k]

t(lambda: setitem(m, 0, 1))
t(lambda: delitem(m, 0))
w = memoryview(bytearray(b'abcdef'))
t(lambda: setitem(w, 0, 256))
t(lambda: setitem(w, 0, -1))
t(lambda: setitem(w, 0, 'a'))
t(lambda: setitem(w, 0, 1.0))
t(lambda: setitem(w, 0, b'a'))
t(lambda: setitem(w, 9, 1))
t(lambda: setitem(w, 0, True))
t(lambda: delitem(w, 0))
t(lambda: delitem(w, slice(0, 2)))
t(lambda: setitem(w, slice(0, 2), b'xyz'))
t(lambda: setitem(w, slice(0, 2), [1, 2]))
t(lambda: setitem(w, slice(None, None, 2), b'123'))
t(lambda: setitem(w, slice(None, None, 2), b'12'))
t(lambda: w.tobytes())

# hashing
t(lambda: hash(w))
t(lambda: hash(m) == hash(b'abc'))
t(lambda: hash(m[::2]) == hash(b'ac'))
t(lambda: hash(w.toreadonly()))
t(lambda: hash(memoryview(b'abcd').cast('h')))
t(lambda: {memoryview(b'k'): 1}[b'k'])

# ordering is not supported, == is
t(lambda: m < b'x')
t(lambda: b'a' < m)
t(lambda: m + b'x')
t(lambda: m * 2)

# tobytes/hex arguments
t(lambda: m.tobytes('C'))
t(lambda: m.tobytes(None))
t(lambda: m.tobytes('X'))
t(lambda: m.hex('ab'))
t(lambda: m.tolist(1))
