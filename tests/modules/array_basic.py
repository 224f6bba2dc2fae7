# array.array: construction, repr, items, attributes
import array
from array import array as A
print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__, A)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a, a.typecode, a.itemsize == array.array(tc).itemsize, len(a))
print([A(tc).itemsize for tc in 'bBhHiIqQfd'])
a = A('i', [1, 2, 3])
print(a, repr(a), str(a), len(a), a[0], a[-1], type(a), type(a).__name__)
print(A('b', [-128, 127]), A('B', (0, 255)), A('h', range(3)), A('H', [65535]))
print(A('I', [4294967295]), A('l', [-5]), A('L', [7]), A('q', [-2 ** 63, 2 ** 63 - 1]), A('Q', [2 ** 64 - 1]))
print(A('d', [1.5, 2, -0.0, float('inf')]), A('f', [0.1, 0.5, 3]))
print(A('u', 'héllo'), A('u'), A('u', 'ab')[1], A('u', 'xyz').tounicode())
print(A('i', b'\x01\x00\x00\x00\x02\x00\x00\x00') == A('i', [1, 2]) or 'big-endian')
print(A('b', bytearray(b'\x01\xff')), A('d', A('i', [1, 2])), A('i', (x * x for x in range(4))))
print(A('i', A('i', [4, 5])), A('b', memoryview(b'\x05\x06')))
print(A('i', [True, False]), A('d', [True]))

class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(A('i', [Idx()]), A('d', [Flt(), Idx()]))

# iteration and membership
a = A('h', [5, -6, 7, 5])
print(list(a), [x * 2 for x in a], 5 in a, 8 in a, 5.0 in a, 'x' in a, list(reversed(a)))
print(sum(A('d', [0.5, 0.25])), max(a), sorted(a))
print(a.tolist(), A('f', [0.5]).tolist(), A('u', 'ab').tolist())
import copy
c = copy.copy(a)
c[0] = 0
print(a, c, copy.deepcopy(a) == a, c.__copy__() is not c)
