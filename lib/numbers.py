# numbers: the numeric tower of abstract base classes. int, float, complex
# (and bool through int) are registered here; Fraction and Decimal register
# themselves with whichever of the two modules is imported second, so
# neither forces the other to load.
from abc import ABCMeta, abstractmethod
import sys

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _abstract(*names):
    # plain abstract stubs, one per operator the subclass must supply
    ns = {}
    for n in names:
        def f(self, *args):
            raise NotImplementedError
        f.__name__ = n
        ns[n] = abstractmethod(f)
    return ns


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()
    locals().update(_abstract(
        '__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__', '__rmul__',
        '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__', 'conjugate', '__eq__'))

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    __slots__ = ()
    locals().update(_abstract(
        '__float__', '__trunc__', '__floor__', '__ceil__', '__round__', '__floordiv__',
        '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)


Real.register(float)


class Rational(Real):
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    __slots__ = ()
    locals().update(_abstract(
        '__int__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__',
        '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__'))

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)

if 'fractions' in sys.modules:
    Rational.register(sys.modules['fractions'].Fraction)
if 'decimal' in sys.modules:
    Number.register(sys.modules['decimal'].Decimal)
