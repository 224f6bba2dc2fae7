# complex(): numbers, keywords, __complex__/__float__/__index__, signed
# zeros, subclasses, and the errors
class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

class Cx:
    def __complex__(self):
        return 3 + 4j

class BadC:
    def __complex__(self):
        return 5

class BadF:
    def __float__(self):
        return 'x'

class N:
    pass

class C(complex):
    def extra(self):
        return 'extra'

class F2(float):
    pass

tests = [lambda: complex(), lambda: complex(1), lambda: complex(1.5), lambda: complex(True, False),
         lambda: complex(1, 2), lambda: complex(1, 2.5), lambda: complex(1j), lambda: complex(1j, 1j),
         lambda: complex(1 + 2j, 3 + 4j), lambda: complex(2, 3j), lambda: complex(-0.0), lambda: complex(0.0, -0.0),
         lambda: complex(1, -0.0), lambda: complex(-0.0, -0.0), lambda: complex(-0.0, 1j),
         lambda: complex(complex(-0.0, -0.0), 0.0), lambda: complex(complex(1, -0.0)), lambda: complex(F()),
         lambda: complex(I()), lambda: complex(Cx()), lambda: complex(F(), I()), lambda: complex(Cx(), 1j),
         lambda: complex(F2(1.5), F2(-0.0)), lambda: complex(real=1, imag=2), lambda: complex(imag=2),
         lambda: complex(real=3), lambda: complex(1, imag=-1), lambda: complex(10 ** 20, 10 ** 20),
         lambda: complex(BadC()), lambda: complex(BadF()), lambda: complex(N()), lambda: complex(1, N()),
         lambda: complex(None), lambda: complex([]), lambda: complex(1, None), lambda: complex(b'1'),
         lambda: complex(x=1), lambda: complex(1, 2, 3), lambda: complex('1', imag=2), lambda: complex(1, real=2),
         lambda: complex(1, 2, imag=3), lambda: complex(10 ** 400), lambda: complex(1, 10 ** 400),
         lambda: C(1, 2), lambda: C(1, 2).extra(), lambda: type(C(1, 2)).__name__, lambda: C(1, 2) + 1,
         lambda: type(C(1, 2) + 1).__name__, lambda: isinstance(C(1), complex), lambda: C(1, 2).real,
         lambda: C('3-4j'), lambda: complex(C(5, 6)), lambda: type(complex(C(5, 6))).__name__, lambda: abs(C(3, 4)),
         lambda: C(1, 2) == 1 + 2j, lambda: hash(C(2)) == hash(2), lambda: format(C(1, 2), '.1f'),
         lambda: C(1, 2).conjugate()]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
z = 2 + 3j
print(complex(z) is z, type(complex(z)).__name__)

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

print(complex(Alloc(1.5), Alloc(-2.5)), complex(AllocC(), Alloc(0.25)), complex(Alloc(3.0), AllocC()),
      complex(real=Alloc(4.0), imag=AllocC()))
