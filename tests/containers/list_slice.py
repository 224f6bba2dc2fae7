l = list(range(10))
print(l[2:5], l[-3:], l[:100], l[100:], l[5:2], l[::3], l[8:2:-2], l[-1:-5:-1], l[::-3])
print(l[None:None], l[slice(1, 4)], l[slice(None, None, -1)])
m = l[:]
m[2:4] = ['a', 'b', 'c']
print(m)
m[1:1] = [100]
print(m)
m[:3] = []
print(m)
m[len(m):] = [7, 8]
print(m)
m[::2] = range(len(m[::2]))
print(m)
m[::-1] = m[:]
print(m)
del m[::2]
print(m)
del m[1:3]
print(m)
del m[:]
print(m)
n = [1, 2, 3]
n[1:2] = n
print(n)
n[:] = (9, 8)
print(n)
n[5:10] = [1]
print(n)
n[-100:1] = [0]
print(n)
del n[-1]
del n[0]
print(n)
s = list(range(20))
del s[1::3]
print(s)
del s[::-4]
print(s)
t = list(range(6))
t[1:5:2] = ['x', 'y']
print(t)
t[4:0:-2] = 'AB'
print(t)
