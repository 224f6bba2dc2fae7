# str/repr, hex/oct/bin of ints
for v in [0, 1, -1, 123456789, -987654321, 2 ** 63, -(2 ** 64), 10 ** 40, 2 ** 200]:
    print(str(v), repr(v), hex(v), oct(v), bin(v) if abs(v) < 2 ** 70 else len(bin(v)))
print(str(2 ** 1000)[:50], len(str(2 ** 1000)), str(2 ** 1000)[-10:])
big = 7 ** 2000
s = str(big)
print(len(s), s[:20], s[-20:], int(s) == big)
print(repr(True), str(False), True + 1, True * 10, -True, ~True)
