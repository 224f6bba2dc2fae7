# bytearray mutation: extend, +=, *=, __iadd__/__imul__, slices, remove,
# reverse, copy, clear, and the shared methods returning bytearrays

def t(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

a = bytearray(b'ab')
a.extend(b'cd')
a.extend(bytearray(b'e'))
a.extend([102, 103])
a.extend(x for x in (104, 105))
a.extend(range(106, 108))
a.extend((108,))
a.extend(a[:2])
print(a)
a.extend(a)
print(a, len(a))
t(lambda: a.extend(5))
t(lambda: a.extend('xy'))
t(lambda: a.extend([256]))
t(lambda: a.extend([-1]))
t(lambda: a.extend(['a']))
t(lambda: a.extend())
b = bytearray(b'xy')
c = b
b += b'z'
b += bytearray(b'!')
b += bytes(b)
print(b, c is b)
b *= 2
print(b, c is b)
b *= 0
print(b, c is b, len(c))
t(lambda: b.__iadd__('x'))
d = bytearray(b'12')
print(d.__iadd__(b'3'), d.__imul__(2), d)
t(lambda: d.__imul__('x'))
def iadd_str():
    e = bytearray(b'1')
    e += 'x'
t(iadd_str)
def imul_float():
    e = bytearray(b'1')
    e *= 1.5
t(imul_float)
# slices
s = bytearray(b'0123456789')
s[2:4] = b'AB'
s[0:0] = [120, 121]
s[-1:] = bytearray(b'ZZ')
s[5:7] = []
s[3:3] = (c for c in b'gen')
print(s)
s[::2] = bytes(len(s[::2]))
print(s)
del s[::3]
print(s)
del s[1:3]
del s[-1]
print(s)
s[:] = s
print(s)
s[1:2] = s
print(s)
t(lambda: s.__setitem__(slice(0, 1), 5))
t(lambda: s.__setitem__(slice(0, 1), 'x'))
t(lambda: s.__setitem__(slice(0, 1), [300]))
t(lambda: s.__setitem__(slice(None, None, 2), b'x'))
t(lambda: s.__setitem__(0, 256))
t(lambda: s.__setitem__(0, b'x'))
t(lambda: s.__setitem__(100, 1))
t(lambda: s.__delitem__(100))
t(lambda: s.__getitem__('x'))
# remove, reverse, copy, clear, pop, insert
r = bytearray(b'abcabc')
r.remove(98)
r.reverse()
print(r)
q = r.copy()
q.append(120)
print(r, q, q is r)
r.clear()
print(r, len(r), bool(r), bool(q))
t(lambda: r.remove(97))
t(lambda: q.remove(256))
t(lambda: q.remove('a'))
t(lambda: q.remove())
t(lambda: q.reverse(1))
t(lambda: q.copy(1))
t(lambda: q.clear(1))
print(q.pop(), q.pop(0), q)
q.insert(1, 65)
q.insert(-100, 66)
q.insert(100, 67)
print(q)
# shared methods give bytearrays
m = bytearray(b' Hello World ')
for res in (m.strip(), m.lower(), m.split(), m.partition(b'o'), m.replace(b'l', b'L'), m.center(20, b'*'),
            m.title(), m.translate(None, b'l'), m.removeprefix(b' H'), m.zfill(15), m.expandtabs(), m.join([b'1', b'2']),
            m.splitlines(), m.rsplit(b'o', 1), bytearray.fromhex('ab'), m.hex(), m.decode(), m + b'!', b'!' + m, m * 2):
    print(type(res).__name__, res)
print(m == b' Hello World ', b' Hello World ' == m, m < b'z', bytearray(b'a') <= bytearray(b'a'), m != m.strip())
print(sorted(set(dir(bytearray)) - set(dir(object)) - {'__alloc__'}))
print(sorted(set(dir(bytes)) - set(dir(object)) - {'__getnewargs__'}))
