# bitwise operators on small ints, including negatives
for a in [0, 1, 5, 12, -1, -6, 255]:
    for b in [0, 3, 10, -2]:
        print(a, b, a & b, a | b, a ^ b)
for a in [0, 1, 5, -5, 1000]:
    print(a, ~a, a << 3, a >> 1, a >> 10)
print(1 << 40, (1 << 40) >> 38)
print(0xff, 0o17, 0b1011, 0xFF & 0x0F)
print(hex(255), oct(8), bin(5), hex(-1))
