# tern: heapsize=1m
# numbers: the abstract numeric tower and the built-in types in it
import numbers
from fractions import Fraction
from decimal import Decimal

ABCS = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)


def where(v):
    return [c.__name__ for c in ABCS if isinstance(v, c)]


for v in [1, -(10 ** 30), True, 1.5, float("nan"), 1j, Fraction(1, 3), Decimal("1.5"),
          "x", None, [1], b"1"]:
    print(repr(v), where(v))
for t in [int, bool, float, complex, Fraction, Decimal, str, object]:
    print(t.__name__, [c.__name__ for c in ABCS if issubclass(t, c)])
print(issubclass(numbers.Integral, numbers.Number), issubclass(numbers.Real, numbers.Integral))
for c in ABCS:
    print(c.__name__, sorted(c.__abstractmethods__))

try:
    numbers.Real()
except TypeError as e:
    print(type(e).__name__, str(e)[:43])


# a complete user Integral: the mixin methods come for free
class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __repr__(self):
        return "MyInt(%d)" % self.v


for n in numbers.Integral.__abstractmethods__:
    if n not in MyInt.__dict__:
        setattr(MyInt, n, lambda self, *a: NotImplemented)
numbers.Integral.__abstractmethods__  # unchanged
MyInt.__abstractmethods__ = frozenset()
m = MyInt(7)
print(isinstance(m, numbers.Rational), m.__index__(), float(m), m.numerator, m.denominator)
print(m.real, m.imag, m.conjugate())


# registering a virtual subclass
class Money:
    pass


numbers.Real.register(Money)
print(isinstance(Money(), numbers.Complex), isinstance(Money(), numbers.Rational))
print(numbers.Number.__hash__)
