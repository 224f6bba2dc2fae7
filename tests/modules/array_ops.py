# array indexing, slicing, slice assignment, operators, comparisons
from array import array
a = array('i', range(10))
print(a[2:5], a[::3], a[::-1], a[8:2:-2], a[5:2], a[-3:], a[:])
a[0] = 100
a[-1] = -1
print(a)
a[1:3] = array('i', [7, 7, 7, 7])
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a)
a[2:2] = array('i', [55])
print(a)
del a[0]
del a[-1]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[1:3]
print(a)
a[:] = a
print(a)
a[1:] = a
print(a)
x = array('b', [1, 2, 3])
print(x + array('b', [4]), x * 2, 2 * x, x * 0, x * -1)
y = x
x += array('b', [9])
print(x, y is x)
x *= 2
print(x, y is x)
x *= 0
print(x, len(x))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) != array('i', [1, 3]))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) < array('i', [1, 0]), array('i', [2]) > array('i', [1, 9]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('b', [1, 2]) <= array('d', [1, 3]))
print(array('B', [255]) == array('b', [-1]), array('Q', [2 ** 64 - 1]) > array('q', [-1]))
nan = float('nan')
print(array('d', [nan]) == array('d', [nan]), array('d', [nan]) != array('d', [nan]), array('d', [nan]) < array('d', [nan]))
print(array('u', 'ab') == array('u', 'ab'), array('u', 'ab') < array('u', 'b'), array('u', 'a') == array('b', [97]))
print(array('i') == array('i'), array('i') == [], array('i', [1]) == [1], array('b', [97]) == b'a')
print(array('i', [1, 2, 3]) >= array('i', [1, 2]))
