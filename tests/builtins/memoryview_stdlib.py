# the Python library (struct, io, binascii, base64) takes memoryviews and arrays
import struct, io, binascii, base64
from array import array
def t(f):
    try:
        r = f()
        print("OK", r)
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'\x01\x00\x02\x00')
t(lambda: struct.unpack('<hh', m))
t(lambda: struct.unpack('<hh', array('b', [1, 0, 2, 0])))
t(lambda: struct.unpack_from('<h', m, 2))
ba = bytearray(4)
t(lambda: struct.pack_into('<h', ba, 0, 5) or ba)
t(lambda: struct.pack_into('<h', memoryview(ba), 2, 7) or ba)
t(lambda: io.BytesIO(m).read())
b = io.BytesIO(); b.write(m); b.write(array('b', [65]))
t(lambda: b.getvalue())
t(lambda: binascii.hexlify(m))
t(lambda: base64.b64encode(m))
t(lambda: list(struct.iter_unpack('<h', m)))
