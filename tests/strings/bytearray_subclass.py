# subclasses of bytearray and bytes: methods, in-place operators keep the
# instance, operators and comparisons see the bytes inside

class BA(bytearray):
    def hello(self):
        return 'hi ' + self.decode()

b = BA(b'abc')
b.append(100)
b.extend(b'ef')
b += b'g'
print(type(b).__name__, b.hello(), len(b), b[0], b[1:3], b.upper(), isinstance(b, bytearray))
b *= 2
print(type(b).__name__, bytes(b))
b[0] = 65
del b[1]
b[2:4] = b'__'
print(bytes(b), b == b'A__efgabcdefg', bytes(b), bytearray(b), b.find(b'd'), b'x' + b, bytearray(b'y') + b)
print(b < b'B', b'B' > b, b in [b'A__efgabcdefg'], b.split(b'_'), b.partition(b'e'))
c = b
c += BA(b'!')
print(c is b, type(c).__name__, bytes(c)[-2:])

class B(bytes):
    def twice(self):
        return self + self

x = B(b'xy')
print(type(x).__name__, x.twice(), x + b'z', b'z' + x, x * 2, x == b'xy', x.hex(':'), x % () if False else x.upper())
print(b'%s|%b' % (x, BA(b'q')), B(b'%d') % 5, bytes(x), bytearray(x), x.join([b'1', b'2']), b'-'.join([x, x]))
print(hash(x) == hash(b'xy'), {x: 1}[b'xy'], x in {b'xy'}, b'y' in x, x.startswith(B(b'x')))

# the repr names the subclass; a user __repr__ wins
class D(BA):
    pass

class R(BA):
    def __repr__(self):
        return 'R!'

print(b, repr(D(b"it's")), [D()], str(D(b'x')), '%r' % (D(b'y'),), repr(R(b'1')), [R()])
print(repr(x), str(x), [B()])

# fromhex is a class method: subclasses get their own type
print(type(B.fromhex('41')).__name__, B.fromhex('41 42'), type(x.fromhex('')).__name__,
      type(BA.fromhex('41')).__name__, bytes(D.fromhex('4344')), type(b'x'.fromhex('41')).__name__,
      type(bytearray(b'').fromhex('41')).__name__, bytes.fromhex('41'), bytearray.fromhex('41'))
f = B.fromhex
print(f('7a'), type(f('7a')).__name__)
try:
    B.fromhex(1)
except TypeError as e:
    print(e)
