# A small ray tracer: spheres and a plane, diffuse light, shadows and one
# reflection, on a 32x24 image; prints a checksum of the pixels.
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, colour, refl):
        self.centre = centre
        self.r2 = radius * radius
        self.colour = colour
        self.refl = refl

    def hit(self, orig, d):
        oc = orig.sub(self.centre)
        b = oc.dot(d)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return p.sub(self.centre).norm()


class Plane:
    def __init__(self, y, colour, refl):
        self.y = y
        self.colour = colour
        self.refl = refl

    def hit(self, orig, d):
        if abs(d.y) < 1e-9:
            return None
        t = (self.y - orig.y) / d.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)


SCENE = [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
    Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.2),
    Sphere(Vec(2.0, 1.5, 7.0), 1.5, Vec(0.2, 0.3, 0.9), 0.5),
    Plane(0.0, Vec(0.8, 0.8, 0.8), 0.1),
]
LIGHT = Vec(-5.0, 10.0, -3.0)


def nearest(orig, d):
    best = None
    bt = 1e30
    for o in SCENE:
        t = o.hit(orig, d)
        if t is not None and t < bt:
            best, bt = o, t
    return best, bt


def trace(orig, d, depth):
    obj, t = nearest(orig, d)
    if obj is None:
        return Vec(0.1, 0.1, 0.2)
    p = orig.add(d.scale(t))
    n = obj.normal(p)
    tol = LIGHT.sub(p).norm()
    lit = n.dot(tol)
    if lit < 0:
        lit = 0.0
    else:
        s, st = nearest(p, tol)
        if s is not None:
            lit *= 0.3
    col = obj.colour.scale(0.1 + 0.9 * lit)
    if depth < 2 and obj.refl > 0:
        r = d.sub(n.scale(2 * d.dot(n)))
        col = col.scale(1 - obj.refl).add(trace(p, r, depth + 1).scale(obj.refl))
    return col


def render(w, h):
    eye = Vec(0.0, 1.5, -1.0)
    total = 0
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / w, 1.0).norm()
            c = trace(eye, d, 0)
            px = [min(255, int(255 * v)) for v in (c.x, c.y, c.z)]
            total = (total * 17 + px[0] * 65536 + px[1] * 256 + px[2]) % 4294967291
    return total


print('raytrace', render(32, 24))
