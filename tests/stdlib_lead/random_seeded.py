import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(10), random.randrange(-5, 5))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(64))
xs = list(range(20)); random.shuffle(xs); print(xs)
print(random.choice("abcdef"), random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 4), random.sample(range(1000000), 3))
print(random.choices(["r", "g", "b"], k=6), random.choices(["r", "g", "b"], weights=[10, 1, 1], k=6), random.choices("xy", cum_weights=[1, 10], k=4))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(2))
random.seed("hello"); print(random.random(), random.randint(0, 10**30))
random.seed(b"bytes"); print(random.random())
random.seed(2**100 + 7); print(random.random())
random.seed(-5); print(random.random())
random.seed(0); print(random.random())
r = random.Random(123); r2 = random.Random(123)
print(r.random() == r2.random(), [r.randint(0, 9) for _ in range(8)])
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
print(r.randbytes(6).hex(), r.gammavariate(2.0, 1.0), r.betavariate(2, 3), r.sample(range(10), k=3, counts=None) if True else 0)
for bad in [lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.randrange(1, 5, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
random.seed(7); random.shuffle(deck); print(deck[:5])
