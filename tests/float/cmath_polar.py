# cmath: phase, polar, rect, isclose, isfinite/isinf/isnan, log with a base
import cmath

inf, nan = float('inf'), float('nan')

def r(x):
    if isinstance(x, tuple):
        return tuple(r(v) for v in x)
    if isinstance(x, complex):
        return complex(float('%.12g' % x.real), float('%.12g' % x.imag))
    return float('%.12g' % x)

for z in [1, -1, 1j, -1j, 1+1j, -1-1j, 3+4j, -3+4j, 0, -0.0, complex(-1, -0.0), complex(0, -0.0), 2.5, True]:
    print(repr(z), r(cmath.phase(z)), r(cmath.polar(z)))
print(r(cmath.polar(3+4j)), cmath.polar(complex(inf, nan)), cmath.polar(complex(nan, 1)), cmath.phase(complex(inf, inf)))
for a, p in [(1, 0), (2, cmath.pi / 2), (2, -cmath.pi / 2), (1, cmath.pi), (1, -cmath.pi), (-2, 0.0), (-2, -0.0),
             (3, 0.5), (0, 1), (-0.0, 0.0), (0.0, -0.0), (1e308, 0.7), (1e308, -0.0)]:
    print(a, p, r(cmath.rect(a, p)))
print(cmath.rect(2, 0), cmath.rect(-0.0, -0.0), cmath.rect(1, -0.0), type(cmath.rect(1, 0)).__name__)
for z in [3+4j, -2-2j, 1j, -1]:
    print(repr(z), r(cmath.rect(*cmath.polar(z))))

print(cmath.isclose(1, 1.0000000001), cmath.isclose(1, 1.00001), cmath.isclose(1j, 1j + 1e-10),
      cmath.isclose(1j, 1j + 1e-10, rel_tol=1e-12), cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9),
      cmath.isclose(1, 2, rel_tol=1), cmath.isclose(1, 2, rel_tol=0.5, abs_tol=0.1), cmath.isclose(1, 2, abs_tol=2))
print(cmath.isclose(nan, nan), cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(complex(inf, 1), complex(inf, 2)),
      cmath.isclose(inf, 1e308), cmath.isclose(1e308 + 0j, -1e308 + 0j), cmath.isclose(a=1, b=1), cmath.isclose(1, b=1 + 1e-12))
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(inf, 0)), cmath.isfinite(complex(0, nan)), cmath.isfinite(1e308j),
      cmath.isinf(complex(1, inf)), cmath.isinf(complex(-inf, nan)), cmath.isinf(complex(nan, 1)), cmath.isinf(5),
      cmath.isnan(complex(nan, 1)), cmath.isnan(complex(inf, 1)), cmath.isnan(complex(1, nan)), cmath.isnan(0))

for x, b in [(8, 2), (100, 10), (1j, 2), (-8, 2), (8, 2j), (2, 8), (1e308j, 10), (0.5, 0.25), (inf, 2), (2, inf),
             (nan, 2), (0, 2), (0j, nan)]:
    try:
        print(x, b, r(cmath.log(x, b)))
    except ValueError as e:
        print(x, b, type(e).__name__, e)
print(r(cmath.log(cmath.e)), r(cmath.log(1e-320)), r(cmath.log10(1e-320j)), r(cmath.log(complex(1e308, -1e308))))
