# cmath: constants and the functions on ordinary values (rounded to 12
# significant digits so that the last bit of the C library does not matter)
import cmath

def call(f, z):
    try:
        return f(z)
    except (ValueError, OverflowError) as e:
        return type(e).__name__

def r(z):
    if isinstance(z, str):
        return z
    if isinstance(z, complex):
        return complex(float('%.12g' % z.real), float('%.12g' % z.imag))
    return float('%.12g' % z)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))

names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
         'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']
points = [1+2j, -1+2j, -1-2j, 1-2j, 0.5+0.25j, 3, -3, 0.5, -0.5, 2j, -2j, 1e-5+1e-5j,
          10+0.1j, -7.25-3.5j, 1.5, True]
for name in names:
    f = getattr(cmath, name)
    print(name, [r(call(f, z)) for z in points])

# results that are exact
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(-1), cmath.sqrt(0), cmath.sqrt(-0.0), cmath.sqrt(3+4j),
      cmath.sqrt(-3-4j), cmath.sqrt(1j * 2))
print(cmath.exp(0), cmath.log(1), cmath.log10(100), r(cmath.log10(-100)), cmath.cos(0), cmath.sin(0),
      cmath.tan(0), cmath.cosh(0), cmath.sinh(0), cmath.tanh(0), cmath.asin(0), cmath.acos(1), cmath.atan(0),
      cmath.asinh(0), cmath.acosh(1), cmath.atanh(0))
print(r(cmath.log(8, 2)), r(cmath.log(100, 10)), r(cmath.log(1j, 1j)), r(cmath.log(-1)), r(cmath.log(2+3j, 1+1j)))

# results stay complex, even for real arguments
print([type(getattr(cmath, n)(0.5)).__name__ for n in names])
