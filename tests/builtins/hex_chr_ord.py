for v in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2**31, 2**63, -2**63, 2**100, True, False]:
    print(v, hex(v), oct(v), bin(v))
for c in [0, 9, 10, 32, 65, 126, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xfffd, 0x10000, 0x1f600, 0x10ffff]:
    s = chr(c)
    print(c, len(s), ord(s) == c, repr(s) if c < 0x10000 else 'astral', ascii(s))
print(ord('a'), ord('\n'), ord('€'), ord(b'\xff'), [ord(ch) for ch in 'héllo'])
print(''.join(chr(ord(ch) + 1) for ch in 'HAL'))
