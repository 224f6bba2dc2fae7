# memoryviews and arrays are bytes-like objects for the rest of the runtime
from array import array
import hashlib
m = memoryview(b'abcdef')
print(b'abcdef'.startswith(m[:2]), b'xxcd'.find(m[2:4]), b'a b c'.split(memoryview(b' ')))
print(b'-'.join([m[:1], array('b', [66]), bytearray(b'c')]), bytearray(b'').join([m[4:]]))
print(b'ab' + m[2:4], bytearray(b'ab') + m[::-2], bytearray(b'z') + array('b', [65]))
print(m[1:3] in b'abc', array('b', [99]) in b'abc')
print(bytearray(b'abc') == memoryview(b'abc'), bytearray(b'a') < memoryview(b'b'))
print(bytearray(b'a') == array('b', [97]), array('b', [97]) == bytearray(b'a'))
print(b'a' == array('b', [97]), array('b', [97]) == b'a', b'abc' == m[:3], m[:3] == b'abc')
print(hashlib.sha256(m).hexdigest() == hashlib.sha256(b'abcdef').hexdigest())
print(hashlib.md5(array('b', [97])).hexdigest() == hashlib.md5(b'a').hexdigest())
x = bytearray(b'xy')
x += memoryview(b'z')
x.extend(array('b', [65]))
x[0:1] = memoryview(b'QQ')
x[0:1] = memoryview(b'abcd')[::2]
print(x)
print(bytes(memoryview(b'abcd')[::-2]), bytearray(memoryview(b'abcd')[1::2]))
print(bytes(array('h', [1, 2])) == array('h', [1, 2]).tobytes())

# subclasses of bytes and bytearray are bytes-like too
class MB(bytes):
    pass
class MBA(bytearray):
    pass
x = MB(b'xy')
print(b''.join([x]), b'a' + x, x in b'axyb', bytearray(x), b'xy' == x, bytes(x))
print(memoryview(x).tobytes(), memoryview(MBA(b'q')).readonly, memoryview(x).obj == b'xy')
print(b','.join([MBA(b'1'), MB(b'2')]), hashlib.md5(x).hexdigest() == hashlib.md5(b'xy').hexdigest())

# decoding and int.from_bytes take any bytes-like object
print(str(memoryview(b'ab'), 'ascii'), str(bytearray(b'cd'), 'utf-8'), str(array('b', [65]), 'ascii'))
print(str(MB(b'hi'), 'ascii'), int.from_bytes(memoryview(b'\x01\x02'), 'big'), int.from_bytes(array('B', [1, 2]), 'little'))
