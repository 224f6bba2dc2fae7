# cmath: what an argument may be (complex and subclasses, __complex__,
# float, int, bool, __float__, __index__) and what it may not
import cmath

def r(x):
    if isinstance(x, complex):
        return complex(float('%.12g' % x.real), float('%.12g' % x.imag))
    return float('%.12g' % x)

class Cx:
    def __complex__(self):
        return 3 + 4j

class Fl:
    def __float__(self):
        return 6.25

class Ix:
    def __index__(self):
        return 9

class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 2.0

class BadC:
    def __complex__(self):
        return 1.5

class BadF:
    def __float__(self):
        return 1

class BadI:
    def __index__(self):
        return 1.5

class C2(complex):
    def __complex__(self):
        return 99j

class F2(float):
    pass

class I2(int):
    pass

for v in [Cx(), Fl(), Ix(), Both(), C2(16, 0), F2(4.0), I2(25), True, False, 2 ** 80, 4, 4.0, -4]:
    print(type(v).__name__, r(cmath.sqrt(v)), r(cmath.phase(v)), cmath.isfinite(v))
for v in [BadC(), BadF(), BadI(), 10 ** 400, 'x', None, [1], {}, b'1']:
    try:
        print(cmath.sqrt(v))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# rect takes real numbers only
for a in [(Fl(), Ix()), (I2(2), F2(0.0)), (True, 0), (Cx(), 0), (1, Both())]:
    try:
        print(r(cmath.rect(*a)))
    except TypeError as e:
        print(type(e).__name__, e)
print(r(cmath.log(Cx(), Fl())), cmath.isclose(Cx(), 3 + 4j), cmath.isclose(1, 1, rel_tol=Ix(), abs_tol=Fl()))

# conversions that run Python code (and allocate) between the arguments
class Alloc:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        junk = [str(i) * 3 for i in range(30)]
        return self.v + len(junk) * 0.0

class AllocC:
    def __complex__(self):
        junk = {i: [i] for i in range(30)}
        return complex(len(junk), -1)

print(cmath.isclose(Alloc(1.0), AllocC(), rel_tol=Alloc(0.5), abs_tol=Alloc(100.0)),
      cmath.isclose(AllocC(), Alloc(30.0), rel_tol=Alloc(0.01)), r(cmath.log(AllocC(), Alloc(2.0))),
      r(cmath.rect(Alloc(2.0), Alloc(0.5))), cmath.sqrt(Alloc(16.0)), r(cmath.phase(AllocC())))
