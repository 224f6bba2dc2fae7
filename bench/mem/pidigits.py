# The first 300 digits of pi by Gibbons' unbounded spigot (big integers);
# prints them in lines of 50.


def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(str(m))
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return ''.join(out)


d = pidigits(300)
for i in range(0, len(d), 50):
    print(d[i:i + 50])
