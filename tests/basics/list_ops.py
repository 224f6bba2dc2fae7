# list operations: indexing, assignment, concat, repeat, in, del, nesting
a = [1, 2, 3]
print(a[0], a[-1], a[1])
a[0] = 10
a[-1] += 5
print(a)
print(a + [4], a * 2, [0] * 4, [] + [])
print(2 in a, 5 not in a)
del a[1]
print(a)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, m[1][0], len(m))
b = a
b.append(99)
print(a is b, a)
c = list(a)
c.append(100)
print(a, c)
print(list("abc"), list((1, 2)), list(range(3)), list())
x = [1, 2, 3, 4, 5, 6]
del x[1:3]
print(x)
x[1:2] = ["a", "b", "c"]
print(x)
print([1, [2, [3]]] == [1, [2, [3]]])
print(max([3, 8, 1]), min([3, 8, 1]), sum([]), len([[]]))
