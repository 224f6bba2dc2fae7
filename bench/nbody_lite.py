# Simple n-body simulation with objects holding float attributes.
class Body:
    def __init__(self, x, y, vx, vy, m):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.m = m
def step(bodies, dt):
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a.x - b.x
            dy = a.y - b.y
            d2 = dx * dx + dy * dy + 0.01
            mag = dt / (d2 * d2 ** 0.5)
            a.vx -= dx * b.m * mag
            a.vy -= dy * b.m * mag
            b.vx += dx * a.m * mag
            b.vy += dy * a.m * mag
    for b in bodies:
        b.x += dt * b.vx
        b.y += dt * b.vy
def energy(bodies):
    e = 0.0
    for b in bodies:
        e += 0.5 * b.m * (b.vx * b.vx + b.vy * b.vy)
    return e
def main():
    bodies = [Body(i * 1.0, (i * 7 % 5) * 1.0, 0.0, 0.1 * i, 1.0 + i % 3) for i in range(12)]
    for _ in range(24000):
        step(bodies, 0.001)
    return "%.6f" % energy(bodies)
print(main())
