# tuple unpacking and swapping
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = (1, 2, 3, 4, 5)
print(h, mid, t)
s1, s2 = "xy"
print(s1, s2)
for i, (name, n) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, n)
a = b = c = 7
print(a, b, c)
m = [0, 0]
i = 0
i, m[i] = 1, 5
print(i, m)
