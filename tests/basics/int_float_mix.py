# mixing ints and floats: results become float
print(1 + 1.0, 2 * 1.5, 3 - 0.5, 7 / 2, 7 // 2.0, 7 % 2.5)
print(type(1 + 1.0).__name__, type(1 + 1).__name__, type(4 / 2).__name__)
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, -1 < -0.5)
print(max(1, 2.5), min(3, 1.5), sum([1, 2.5, 3]))
print(2 ** 0.5 * 2 ** 0.5 > 1.99, 10 ** -1)
print(int(2.0) + 1, float(7) / 2)
print(abs(-3) + abs(-0.5))
