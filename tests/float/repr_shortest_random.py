# repr of random doubles (all bit patterns, subnormals included) and of
# powers of ten: the shortest string that reads back, as CPython prints
import random, struct, hashlib
random.seed(7)
h = hashlib.sha256()
n = 0
def add(x):
    global n
    h.update(repr(x).encode() + b'|')
    n += 1
for i in range(2500):
    add(struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0])
for i in range(300):
    add(struct.unpack('<d', struct.pack('<Q', random.getrandbits(52)))[0])   # subnormal
for e in range(-330, 310, 4):
    for m in (1, 1.5, 9.999999999999999, 1.0000000000000002, 7.3):
        try:
            add(m * float('1e%d' % e))
        except OverflowError:
            pass
for v in (0.1, 0.2, 0.3, 1/3, 2/3, 1e23, 9.999999999999999e22, 5e-324, 1.7976931348623157e308,
          2**53, 2**53+2, 123456789012345678.0, 0.1+0.2, 1e16, 1e15, 1e-5, 1e-4):
    print(repr(v))
print(n, h.hexdigest())
