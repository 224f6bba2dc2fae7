# Mandelbrot set on a 64x48 grid, 64 iterations: a float loop; prints the
# number of points inside and a checksum of the escape counts.


def mandel(w, h, limit):
    inside = 0
    check = 0
    for j in range(h):
        ci = 2.4 * j / h - 1.2
        for i in range(w):
            cr = 3.0 * i / w - 2.1
            zr = zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == limit:
                inside += 1
            check = (check * 31 + n) % 1000003
    return inside, check


print('mandelbrot', mandel(64, 48, 64))
