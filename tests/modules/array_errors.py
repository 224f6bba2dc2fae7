# array errors: types and messages as CPython's
from array import array
def t(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:
        print(type(e).__name__, e)

# the messages of i, I, l and L depend on the width of C long (32-bit hosts)
def tw(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:
        print(type(e).__name__)

for tc, vals in [('b', [128, -129]), ('B', [256, -1]), ('h', [32768, -32769]), ('H', [65536, -1]),
                 ('i', [2 ** 31, -2 ** 31 - 1]), ('I', [2 ** 32, -1]), ('l', [2 ** 63, -2 ** 63 - 1]),
                 ('L', [2 ** 64, -1]), ('q', [2 ** 63, -2 ** 63 - 1]), ('Q', [2 ** 64, -1])]:
    for v in vals + [2 ** 100, -2 ** 100, 1.5, 'a', None]:
        (tw if tc in 'iIlL' and isinstance(v, int) else t)(lambda: array(tc, [v]))
t(lambda: array('d', ['a']))
t(lambda: array('f', [None]))
t(lambda: array('d', [2 ** 2000]))
t(lambda: array('f', [1e300]))
t(lambda: array('x'))
t(lambda: array(1))
t(lambda: array('ii'))
t(lambda: array(''))
t(lambda: array())
t(lambda: array('i', 'abc'))
t(lambda: array('i', b'abc'))
t(lambda: array('i', 3))
t(lambda: array('i', [1], 2))
t(lambda: array('i', x=[1]))
t(lambda: array('i', array('d', [1.5])))
t(lambda: array('i', array('u', 'ab')))
t(lambda: array('u', array('i', [1])))
t(lambda: array('u', [1]))
t(lambda: array('u', ['ab']))

a = array('i', [1, 2, 3])
def setitem(k, v):
    a[k] = v
def delitem(k):
    del a[k]
t(lambda: a[5])
t(lambda: a[-4])
t(lambda: setitem(5, 1))
t(lambda: delitem(5))
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: setitem(slice(1, 2), [1]))
t(lambda: setitem(slice(None, None, 2), array('i', [1, 2, 3])))
t(lambda: setitem(slice(None, None, 2), array('d', [1, 2])))
t(lambda: setitem(0, 'x'))
tw(lambda: setitem(0, 2 ** 40))
t(lambda: setitem(0, 2 ** 100))
t(lambda: a + array('d'))
t(lambda: a + [1])
t(lambda: a + 1)
t(lambda: a - 1)
t(lambda: a * 'x')
t(lambda: a * 1.5)
def iadd(x):
    global a
    a += x
t(lambda: iadd([1]))
t(lambda: iadd(array('d')))
t(lambda: a.pop(10))
t(lambda: array('i').pop())
t(lambda: a.remove(10))
t(lambda: a.index(10))
t(lambda: a.index(1, 1))
t(lambda: a.extend(1))
t(lambda: a.extend(array('d', [1])))
t(lambda: a.extend([1, 'x']))
print(a)
t(lambda: a.fromlist([4, 'x']))
print(a)
t(lambda: a.fromlist((1,)))
t(lambda: a.frombytes(b'abc'))
t(lambda: a.frombytes('abc'))
t(lambda: a.insert('x', 1))
t(lambda: a.insert(0, 'x'))
t(lambda: a.append())
t(lambda: a.append(1, 2))
t(lambda: a.count())
t(lambda: a.byteswap(1))
t(lambda: a.fromunicode('x'))
t(lambda: a.tounicode())
t(lambda: array('u').fromunicode(1))
t(lambda: array('u').append(1))
t(lambda: array('d').append('1'))
print(a)
# the same checks with fixed-width typecodes, whose messages are the same everywhere
t(lambda: array('q', [1]).append(2 ** 63))
t(lambda: array('Q', [1]).insert(0, -1))
t(lambda: array('h').extend([1, 2 ** 15]))
t(lambda: array('B').fromlist([1, 256]))
