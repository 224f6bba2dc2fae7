# range with 1, 2 and 3 arguments, negative steps
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 3)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -2)), len(range(0)))
s = 0
for i in range(100):
    s += i
print(s)
for i in range(3, -4, -2):
    print(i, end=" ")
print()
r = range(1, 10, 2)
print(r[0], r[2], r[-1], 5 in r, 4 in r)
print(range(5), range(1, 5), range(1, 5, 2))
