# cmath: branch cuts and signed zeros (the sign of a zero imaginary part
# chooses the side of the cut, as in CPython)
import cmath

def call(f, z):
    try:
        return f(z)
    except (ValueError, OverflowError) as e:
        return type(e).__name__

def r(z):
    if isinstance(z, str):
        return z
    return complex(float('%.12g' % z.real), float('%.12g' % z.imag))

for x in [-4.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 4.0]:
    for y in [0.0, -0.0]:
        z = complex(x, y)
        print(repr(z), [r(call(getattr(cmath, n), z)) for n in
                        ['sqrt', 'log', 'acos', 'asin', 'acosh', 'asinh', 'atanh', 'atan']])
for y in [-4.0, -1.5, -0.5, 0.5, 1.5, 4.0]:
    for x in [0.0, -0.0]:
        z = complex(x, y)
        print(repr(z), [r(call(getattr(cmath, n), z)) for n in ['sqrt', 'log', 'asinh', 'atan', 'acos', 'asin']])
print(cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(complex(-4, 0.0)), cmath.sqrt(complex(0, -0.0)),
      cmath.sqrt(complex(-0.0, -0.0)), cmath.sqrt(complex(4, -0.0)))
print(cmath.log(complex(-1, -0.0)).imag, cmath.log(complex(-1, 0.0)).imag, cmath.phase(complex(-1, -0.0)),
      cmath.phase(complex(-1, 0.0)), cmath.phase(-0.0), cmath.phase(complex(0.0, -0.0)))
for n in ['exp', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'asin', 'atan', 'asinh', 'atanh', 'sqrt']:
    f = getattr(cmath, n)
    print(n, f(complex(0.0, 0.0)), f(complex(-0.0, 0.0)), f(complex(0.0, -0.0)), f(complex(-0.0, -0.0)))
# tiny, huge and near-1 arguments take the careful paths
print(r(cmath.sqrt(complex(1e-320, 1e-320))), r(cmath.sqrt(complex(1e308, 1e308))), r(cmath.log(complex(1e-320, 0))),
      r(cmath.log(complex(1e308, 1e308))), r(cmath.log(complex(1.0000001, 1e-4))), r(cmath.acos(complex(1e300, 1e300))),
      r(cmath.asinh(complex(-1e300, -1e300))), r(cmath.acosh(complex(1e300, -1e300))), r(cmath.atanh(complex(1e200, 1))),
      r(cmath.atanh(complex(1, 1e-200))), r(cmath.atanh(complex(-1, -1e-200))), r(cmath.exp(complex(709.5, 0.1))),
      r(cmath.cosh(complex(710, 1))), r(cmath.sinh(complex(-710, 1))), r(cmath.tanh(complex(800, 1))),
      r(cmath.tanh(complex(-800, -2))))
