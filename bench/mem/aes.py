# AES-128 in pure Python: the S-box computed from GF(2^8) inverses, key
# expansion, encryption and decryption of some blocks (ECB over a chain,
# as CBC does); prints a checksum and checks the round trip.


def xtime(a):
    a <<= 1
    return (a ^ 0x11B) & 0xFF if a & 0x100 else a


def gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def make_sbox():
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gmul(a, b) == 1:
                inv[a] = b
                break
    sbox = [0] * 256
    for a in range(256):
        x = inv[a]
        s = x
        for _ in range(4):
            x = ((x << 1) | (x >> 7)) & 0xFF
            s ^= x
        sbox[a] = s ^ 0x63
    isbox = [0] * 256
    for a in range(256):
        isbox[sbox[a]] = a
    return sbox, isbox


SBOX, ISBOX = make_sbox()


def expand(key):
    w = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        t = list(w[i - 1])
        if i % 4 == 0:
            t = [SBOX[b] for b in t[1:] + t[:1]]
            t[0] ^= rcon
            rcon = xtime(rcon)
        w.append([a ^ b for a, b in zip(w[i - 4], t)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(11)]


def add_key(s, k):
    return [a ^ b for a, b in zip(s, k)]


def shift(s, d):
    return [s[(i + 4 * d * (i % 4)) % 16] for i in range(16)]


def mix(s, m):
    out = [0] * 16
    for c in range(4):
        col = s[4 * c:4 * c + 4]
        for r in range(4):
            v = 0
            for k in range(4):
                v ^= gmul(m[(k - r) % 4], col[k])
            out[4 * c + r] = v
    return out


def encrypt(block, rk):
    s = add_key(block, rk[0])
    for r in range(1, 11):
        s = shift([SBOX[b] for b in s], 1)
        if r < 10:
            s = mix(s, (2, 3, 1, 1))
        s = add_key(s, rk[r])
    return s


def decrypt(block, rk):
    s = add_key(block, rk[10])
    for r in range(9, -1, -1):
        s = [ISBOX[b] for b in shift(s, -1)]
        s = add_key(s, rk[r])
        if r > 0:
            s = mix(s, (14, 11, 13, 9))
    return s


def main():
    key = bytes(range(16))
    rk = expand(key)
    # the FIPS-197 example
    print(bytes(encrypt(list(bytes.fromhex('00112233445566778899aabbccddeeff')), rk)).hex())
    prev = [0] * 16
    blocks = []
    for n in range(24):
        plain = [(n * 7 + i * 13) & 0xFF for i in range(16)]
        c = encrypt(add_key(plain, prev), rk)
        blocks.append(c)
        prev = c
    check = 0
    prev = [0] * 16
    ok = True
    for n, c in enumerate(blocks):
        p = add_key(decrypt(c, rk), prev)
        prev = c
        ok = ok and p == [(n * 7 + i * 13) & 0xFF for i in range(16)]
        for b in c:
            check = (check * 257 + b) % 1000000007
    print('aes', check, ok)


main()
