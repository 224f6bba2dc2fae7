# integer arithmetic with positive and negative operands
vals = [7, -7, 3, -3, 1, -1, 10, -10, 0]
for a in [7, -7, 10, -10, 0, 1]:
    for b in [3, -3, 1, -1, 7, 2]:
        print(a, b, a + b, a - b, a * b, a // b, a % b)
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(10 ** 2, 3 ** 3, 0 ** 0, 1 ** 100)
print(2 ** -1, 4 ** -2, (-2) ** -1)
print(-(5), +(-5), -(-5))
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, 100 - 10 - 5, 100 // 10 // 3)
print(17 / 4, -17 / 4, 10 / 5, 1 / 3)
x = 0
for i in range(100):
    x = x + i * i - i
print(x)
print(123456 * 654321)
print(1000000 * 1000000)
print(2 ** 40, 2 ** 62)
