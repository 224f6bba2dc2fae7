# cmath on infinities, NaNs and zeros (C99 Annex G, as CPython): every
# function on the 7x7 grid of part classes; an error prints its type
import cmath

inf, nan = float('inf'), float('nan')
parts = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]

def show(v):
    if isinstance(v, tuple):
        return '(%s,%s)' % (show(v[0]), show(v[1]))
    if isinstance(v, complex):
        return '%s%+sj' % (show(v.real), show(v.imag))
    return '%.12g' % v

def cell(f, *a):
    try:
        return show(f(*a))
    except (ValueError, OverflowError) as e:
        return type(e).__name__[:5]

for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
             'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'phase', 'polar']:
    f = getattr(cmath, name)
    print(name)
    for x in parts:
        print(' ', ' '.join(cell(f, complex(x, y)) for y in parts))
print('rect')
for x in parts:
    print(' ', ' '.join(cell(cmath.rect, x, y) for y in parts))
for name in ['isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    print(name, [[int(f(complex(x, y))) for y in parts] for x in parts])
