# complex arithmetic and methods: abs, **, division, the missing operators,
# conjugate, real/imag, hash, comparisons
inf, nan = float('inf'), float('nan')
z = 1 + 2j

def r(x):
    return complex(float('%.12g' % x.real), float('%.12g' % x.imag))

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(abs(3 + 4j), abs(-5j), abs(complex(inf, nan)), abs(complex(nan, inf)), abs(complex(nan, 1)), abs(-0j),
      abs(complex(1e308, 1e308)) > 1e308, (3 + 4j).__abs__())
t(lambda: abs(complex(1.7e308, 1.7e308)))
print(z ** 2, z ** -2, z ** 0, z ** 1, z ** 3, r(z ** 0.5), z ** True, r(2 ** z), r(2.5 ** z), r(z ** (1 + 1j)), 1j ** 2,
      r((-1) ** 0.5), r((-8) ** (1 / 3)), r(pow(-2.0, -1.5)))
print(0j ** 0, 0j ** 1, 0j ** 2.5, (2 + 0j) ** 100, (1 + 1j) ** -100, r((1 + 1j) ** 100.5))
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** (-1 + 0j))
t(lambda: (1e200 + 1e200j) ** 2)
t(lambda: (1e200 + 1e200j) ** 2.5)
t(lambda: complex(2, 0) ** 2000)
t(lambda: (10 + 10j) ** 10000)
t(lambda: z ** 10 ** 400)
t(lambda: pow(z, 2, 3))
t(lambda: pow(2, z, 3))
t(lambda: pow(2, 3, 1j))
t(lambda: pow(2.0, z, 3))
print(z / 2, 2 / z, z / (3 + 4j), (1 + 2j) / (4 + 3j), (1e300 + 1e300j) / (1e-300 + 1e-300j), 1j / inf)
for f in [lambda: z / 0, lambda: z / 0.0, lambda: z / 0j, lambda: 1 / 0j, lambda: z // 2, lambda: 2 // z,
          lambda: z % 2, lambda: 2 % z, lambda: divmod(z, 2), lambda: divmod(2, z), lambda: z < 1, lambda: z > z,
          lambda: z <= 1.0, lambda: z >= 2j, lambda: int(z), lambda: float(z), lambda: round(z), lambda: z & 1,
          lambda: ~z, lambda: z << 1, lambda: z + 'a', lambda: 'a' * z, lambda: [1] * z, lambda: math_floor(z)]:
    t(f)

def math_floor(v):
    import math
    return math.floor(v)

print(z.conjugate(), complex(1, -0.0).conjugate(), (-0j).conjugate(), z.real, z.imag, type(z.real).__name__,
      (5j).real, (-0j).imag, complex.conjugate(3j), z.__complex__(), z.__getnewargs__())
t(lambda: setattr(z, 'real', 3))
t(lambda: delattr(z, 'imag'))
t(lambda: setattr(z, 'other', 3))
t(lambda: z.other)
t(lambda: z.conjugate(1))
print(hash(complex(2, 0)) == hash(2), hash(complex(2.5, 0)) == hash(2.5), hash(complex(-1, 0)) == hash(-1),
      hash(0j) == hash(0) == hash(0.0), hash(complex(10 ** 20, 0)) == hash(float(10 ** 20)),
      hash(complex(inf, 0)) == hash(inf), hash(1j), hash(complex(1, 1)), hash(complex(-1, 0)), hash(complex(0, -1)))
print(len({1: 'a', 1.0: 'b', 1 + 0j: 'c'}), {2j: 1}[2j], {complex(3, 0): 'x'}[3])
print(z == 1 + 2j, 1 + 0j == 1, 1 + 0j == True, 1 + 0j == 1.0, 1j == 1, z != 'x', z == None, z != z,
      complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, 2 ** 53 + 1 == complex(2 ** 53 + 1, 0), complex(2 ** 53, 0) == 2 ** 53,
      complex(nan, 0) == nan, complex(inf, 0) == inf, 10 ** 400 == complex(1, 0))
print(True + 1j, 1j + True, 1j * False, sum([1j, 2j, 3]), -z, +z, -(0j), -complex(0, -0.0), bool(z), bool(0j),
      bool(complex(0, -0.0)), bool(complex(nan, 0)))
print(z + 1, 1 + z, z - 1, 1 - z, z * 2, 2 * z, z + 1.5, 1.5 - z, complex(inf, 0) * 1j, complex(1, 2) * complex(inf, 0))
w = 1j
w += 1
w *= 2
w **= 2
w -= 1j
w /= 2
print(w)
