# list construction, indexing, methods
l = [1, 2, 3]
print(l, len(l), l[0], l[-1], l[1:], l[:-1], l[::2], l[::-1])
l.append(4)
l.extend([5, 6])
l.extend((7,))
l.extend(range(8, 10))
l.extend("ab")
print(l)
l.insert(0, 0)
l.insert(-1, 'x')
l.insert(100, 'end')
l.insert(-100, 'start')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('x')
print(l, l.index(3), l.index(5, 2), l.count(3))
l.reverse()
print(l)
c = l.copy()
l.clear()
print(l, c, len(c))
print(list(), list((1, 2)), list("abc"), list(range(3)), list({'a': 1, 'b': 2}))
print([] == [], [1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print([1, 2] <= [1, 2], [3] >= [2, 9], [[1]] == [[1]])
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [1] * 0, [1] * -1)
x = [1, 2]
y = x
x += [3]
x *= 2
print(x, y, x is y)
print([1, 'a', None, 2.5, (1,), [2]])
print(bool([]), bool([0]))
for i, v in enumerate(['a', 'b']):
    print(i, v)
nested = [[1, 2], [3, [4, [5]]]]
print(nested, nested[1][1][1][0])
