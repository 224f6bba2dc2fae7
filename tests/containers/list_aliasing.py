a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a == c)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
x, *rest = [1, 2, 3, 4]
*init, y = (1, 2, 3)
p, (q, r) = 1, [2, 3]
print(x, rest, init, y, p, q, r)
first, second = {'k1': 1, 'k2': 2}
print(first, second)
s1, s2, s3 = range(3)
print(s1, s2, s3)
l = [3, 1, 2]
l[:] = sorted(l)
print(l)
l += l
print(l)
l *= 0
print(l)
t = ([1],)
t[0].extend([2, 3])
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print('TypeError', e)
print(t)
grid = [list(range(i, i + 3)) for i in range(0, 9, 3)]
print(grid, [row[1] for row in grid], list(zip(*grid)))
flat = [v for row in grid for v in row if v % 2]
print(flat)
print({k: v for k, v in zip('abc', range(3))}, {v % 3 for v in range(10)})
stack = []
for ch in '(()(()))':
    if ch == '(':
        stack.append(ch)
    else:
        stack.pop()
print(stack == [])
q = [1, 2, 3]
while q:
    print(q.pop(0), end=' ')
print()
