# tern: heapsize=1m
# Fraction and Decimal are in the tower whichever module is imported first
from fractions import Fraction
from decimal import Decimal
import numbers

print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Integral))
print(isinstance(Decimal(2), numbers.Number), isinstance(Decimal(2), numbers.Real))
print(isinstance(3, numbers.Real), isinstance(3.0, numbers.Integral))


def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Complex):
        return "complex"
    return "other"


print([describe(x) for x in (1, False, Fraction(3, 4), 2.5, 3j, Decimal(1), "1")])
