# Instance attribute access and method calls.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        self.x += other.x
        self.y += other.y
    def dot(self, other):
        return self.x * other.x + self.y * other.y
class Particle:
    def __init__(self, i):
        self.pos = Vector(i, -i)
        self.vel = Vector(1, 2)
        self.hits = 0
    def step(self):
        self.pos.add(self.vel)
        if self.pos.dot(self.vel) % 7 == 0:
            self.hits += 1
def main():
    ps = [Particle(i) for i in range(100)]
    for _ in range(25000):
        for p in ps:
            p.step()
    return sum(p.hits for p in ps), ps[5].pos.x, ps[7].pos.y
print(main())
