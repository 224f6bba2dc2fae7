# Big-int arithmetic: factorials, powers, Fibonacci numbers, modular
# exponentiation, and printing large values.
def main():
    checksum = 0
    f = 1
    for i in range(1, 1200):
        f *= i
    checksum += len(str(f)) + f % 1000003
    a, b = 0, 1
    for i in range(6000):
        a, b = b, a + b
    checksum += a % 999983 + len(str(a))
    p = 3 ** 4000
    q = 7 ** 2500
    checksum += (p // q) % 65537 + (p % q) % 65521
    for k in range(300):
        checksum += pow(k + 2, 10 ** 20 + k, 2 ** 127 - 1) % 1000
    n = 1
    for i in range(200):
        n = n * 12345678901234567 + i
        checksum += (n >> (i % 64)) & 0xFFFF
    base = 10 ** 30
    checksum += sum(int(str((base + x) * (base + x))) % 97 for x in range(3000))
    return checksum
print(main())
