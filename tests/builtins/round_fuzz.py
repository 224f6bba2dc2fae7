# round(float, ndigits) is correctly rounded like CPython, positive and negative ndigits
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for i in range(3000):
    m = rnd(10**9) / (10 ** rnd(12)) * (1 if rnd(2) else -1)
    m = m * (10 ** rnd(8))
    nd = rnd(14) - 6
    out.append(repr(round(m, nd)))
    if i % 7 == 0:
        h = (rnd(2000) + 0.5) / (10 ** rnd(4))
        out.append(repr(round(h, rnd(5))))
        out.append(repr(round(h)))
print(len(out))
for i in range(0, len(out), 40):
    print(' '.join(out[i:i + 40]))
