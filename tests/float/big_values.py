# floats built from big ints and back
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 3), float(10 ** 22), float(10 ** 23))
print(float(2 ** 1023), float(-(2 ** 1023)), int(1e308) == 10 ** 308, int(1.5e300) % 1000)
print(2 ** 64 * 1.0, 2 ** 64 + 0.5, (2 ** 64) / 3.0, 10 ** 30 * 1e-30)
print(float(123456789012345678901234567890), float(-(2 ** 80 + 1)))
print(int(2.0 ** 100), int(-1e25), 2.0 ** 100 == 2 ** 100, float(2 ** 100) == 2 ** 100)
