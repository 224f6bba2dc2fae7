# slicing lists with all step combinations
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2], a[2:8:3])
print(a[5:2], a[100:], a[-100:2], a[3:-3], a[-1:-5:-1])
print(a[::3], a[9::-3], a[:0], a[0:10:100])
b = a[:]
b[0] = "x"
print(a[0], b[0])
c = [1, 2, 3, 4, 5]
c[1:3] = [20, 30, 40]
print(c)
c[::2] = ["a", "b", "c"]
print(c)
c[:] = []
print(c)
