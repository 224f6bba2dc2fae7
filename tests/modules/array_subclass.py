# subclasses of array.array: methods, slots and repr naming the class
from array import array
class B(array):
    def total(self):
        return sum(self)
b = B('i', [1, 2, 3])
print(b, type(b).__name__, b.total(), len(b), b[0], b[1:], isinstance(b, array))
b.append(4)
b.x = 5
print(b, b.x, b.tolist(), b.typecode, b.itemsize, list(b), 3 in b, b == array('i', [1, 2, 3, 4]))
print(memoryview(b).tolist(), bytes(b) == array('i', [1, 2, 3, 4]).tobytes())
b[0] = 9
print(b + array('i', [0]), b * 2)
class C(array):
    def __new__(cls, *a):
        return super().__new__(cls, 'd', *a)
    def __init__(self, *a):
        self.tag = 'c'
c = C([1.5])
print(c, c.tag)
print(repr(B('u', 'hi')), repr(B('b')), str(B('d', [0.5])))
# bytes-like consumers see the items of a subclass instance too
print(len(memoryview(b)), bytearray(B('b', [65, 66])), b''.join([B('b', [67])]))
match B('i', [1, 2]):
    case [p, q]:
        print('matched', p, q)
