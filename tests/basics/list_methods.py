# list methods
a = [3, 1, 2]
a.append(5)
print(a)
a.extend([7, 8])
a.extend((9,))
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
a.remove("first")
print(a)
print(a.index(2), a.count(2), [1, 1, 2, 1].count(1))
b = [1, 2, 3]
b.reverse()
print(b)
c = b.copy()
c.append(0)
print(b, c)
b.clear()
print(b, len(b))
d = [0] * 3
d[1] = 5
print(d)
e = [[]] * 2
e[0].append(1)
print(e)
