# slicing strings and tuples
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[1::3], s[8:1:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-1], t[::2], t[-2:], t[:0])
print(type(t[1:2]).__name__, type(s[1:2]).__name__)
print("hello"[1:-1], "racecar"[::-1] == "racecar")
