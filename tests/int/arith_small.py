# small-int arithmetic and Python's floor rules
for a in (7, -7, 0, 1, -1, 13, -13, 100):
    for b in (3, -3, 1, -1, 7, 2):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, (-2) ** 3, 2 ** 0, 0 ** 0, 10 ** -2, 2 ** -1)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(abs(-5), abs(5), -(-5), +5, ~5, ~-5, ~0)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x %= 3; x **= 3
print(x)
print(1 == 1.0, 2 < 3, 3 >= 3, 4 != 4, -1 < 0)
