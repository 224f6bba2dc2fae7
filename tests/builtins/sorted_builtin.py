print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted('cba'), sorted({3: 1, 1: 2}), sorted({5, 1, 3}))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower), sorted([-3, 2, -1], key=abs))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted(range(10), key=lambda x: x % 3, reverse=True))
l = [2, 1]
s = sorted(l)
print(l, s, s is l)
print(sorted([1.5, 1, True, 0.5]))
print(sorted(['abc', 'ab', 'b', '', 'aa']))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[1]))
try:
    sorted()
except TypeError as e:
    print(e)
try:
    sorted([1], None)
except TypeError as e:
    print(e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
print(sorted([], key=len), sorted([[2, 1], [1, 2], [1]]))
