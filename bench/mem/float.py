# Many float points: create, normalize, take the component-wise maximum
# (as the classic "float" benchmark); prints the result rounded.
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        n = sqrt(x * x + y * y + z * z)
        self.x = x / n
        self.y = y / n
        self.z = z / n

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    m = points[0]
    for p in points[1:]:
        m = m.maximize(p)
    return m


m = run(10000)
print('float', round(m.x, 9), round(m.y, 9), round(m.z, 9))
