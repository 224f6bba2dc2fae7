# Radix-2 FFT in pure Python floats (no complex type): forward and inverse
# transforms of a 512-point signal; prints rounded checks.
import math


def fft(re, im, invert):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    size = 2
    while size <= n:
        ang = 2 * math.pi / size * (1 if invert else -1)
        wr, wi = math.cos(ang), math.sin(ang)
        half = size // 2
        for start in range(0, n, size):
            cr, ci = 1.0, 0.0
            for k in range(start, start + half):
                ar, ai = re[k], im[k]
                br = re[k + half] * cr - im[k + half] * ci
                bi = re[k + half] * ci + im[k + half] * cr
                re[k], im[k] = ar + br, ai + bi
                re[k + half], im[k + half] = ar - br, ai - bi
                cr, ci = cr * wr - ci * wi, cr * wi + ci * wr
        size *= 2
    if invert:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def main(n):
    sig = [math.sin(2 * math.pi * 5 * t / n) + 0.5 * math.cos(2 * math.pi * 40 * t / n) + (t % 7) / 10
           for t in range(n)]
    re = sig[:]
    im = [0.0] * n
    fft(re, im, False)
    mags = [math.sqrt(re[k] ** 2 + im[k] ** 2) for k in range(n // 2)]
    peaks = sorted(range(1, n // 2), key=lambda k: -mags[k])[:3]
    print('fft peaks', sorted(peaks), [round(mags[k], 3) for k in sorted(peaks)])
    fft(re, im, True)
    err = max(abs(a - b) for a, b in zip(re, sig))
    print('fft round trip error below 1e-9:', err < 1e-9)


main(512)
