# repr is the shortest round-trip string
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 123456789012345.0, 1234567890123456.0, 1e22, 1e-4, 1e-5,
        1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.0, -0.0, 1.0, -1.5,
        100.0, 3.14159, 2.5e-5, 9.999999999999999e15, 1e100, 1.1, 4.35, 0.07, 1e-10]
for v in vals:
    print(repr(v), str(v), repr(-v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10))
