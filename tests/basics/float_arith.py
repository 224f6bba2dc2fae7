# float arithmetic
a = 1.5
b = -0.25
print(a + b, a - b, a * b, a / b)
print(a // 1, a % 1, -a // 1, -a % 1)
print(2.0 ** 10, 2.0 ** 0.5, 9 ** 0.5, 2 ** -2.0)
print(1e3 + 1, 1e-3 * 1e3, 3.0 * 0.1)
print(10 / 4, 10.0 / 4, 7 / 7)
print(abs(-2.5), -(-2.5), +2.5)
print(round(2.675, 2), round(3.7), round(-3.5), round(2.5), round(0.5))
print(int(3.9), int(-3.9), float(3), float("2.5"), float("-1e3"))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(1.0 == 1, 1.5 > 1, 0.1 + 0.2 == 0.3)
print(3.14.is_integer(), 2.0.is_integer())
