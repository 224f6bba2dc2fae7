# Chaos game: an iterated function system (the Barnsley fern) with points
# as class instances and float arithmetic, plotted into a 40x60 grid;
# prints how many cells were hit and a checksum of the grid.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Affine:
    def __init__(self, a, b, c, d, e, f, p):
        self.a, self.b, self.c, self.d, self.e, self.f, self.p = a, b, c, d, e, f, p

    def apply(self, pt):
        return Point(self.a * pt.x + self.b * pt.y + self.e, self.c * pt.x + self.d * pt.y + self.f)


MAPS = [
    Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]


class Rng:
    def __init__(self, seed):
        self.s = seed

    def random(self):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return self.s / 2147483648.0


def run(npoints, w, h):
    rng = Rng(7)
    grid = [[0] * w for _ in range(h)]
    pt = Point(0.0, 0.0)
    for n in range(npoints):
        r = rng.random()
        acc = 0.0
        for m in MAPS:
            acc += m.p
            if r < acc:
                break
        pt = m.apply(pt)
        col = int((pt.x + 2.75) / 5.5 * w)
        row = int(pt.y / 10.1 * h)
        if 0 <= col < w and 0 <= row < h:
            grid[row][col] += 1
    hit = sum(1 for row in grid for v in row if v)
    check = 0
    for row in grid:
        for v in row:
            check = (check * 31 + v) % 1000000007
    return hit, check


print('chaos', run(20000, 40, 60))
