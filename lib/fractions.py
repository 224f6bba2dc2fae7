# fractions: exact rationals with CPython's construction rules (ints,
# floats, Decimals, strings like '3/4' and '1.5e-2'), arithmetic with ints
# and floats, comparisons, hashing equal to the equal int/float, rounding,
# limit_denominator, and the str/repr forms.
import math as _math

__all__ = ['Fraction']

_HASH_MODULUS = (1 << 61) - 1 if hash(1 << 40) == 1 << 40 else (1 << 31) - 1
_HASH_INF = hash(float('inf'))


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, bool):
                numerator = int(numerator)
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, (float,)) or type(numerator).__name__ == 'Decimal':
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, str):
                n, d = _parse(numerator)
                numerator, denominator = n, d
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        obj = object.__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operator(op):
        def forward(a, b):
            if isinstance(b, Fraction):
                return op(a, b)
            if isinstance(b, int):
                return op(a, Fraction(b))
            if isinstance(b, float):
                return op(float(a), b)
            if isinstance(b, complex):
                return op(complex(float(a)), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return op(Fraction(a), b)
            if isinstance(a, float):
                return op(a, float(b))
            if isinstance(a, complex):
                return op(a, complex(float(b)))
            return NotImplemented
        return forward, reverse

    def _add(a, b):
        if isinstance(a, float) or isinstance(b, float) or isinstance(a, complex) or isinstance(b, complex):
            return a + b
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        if not isinstance(a, Fraction) or not isinstance(b, Fraction):
            return a - b
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        if not isinstance(a, Fraction) or not isinstance(b, Fraction):
            return a * b
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if not isinstance(a, Fraction) or not isinstance(b, Fraction):
            return a / b
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        if not isinstance(a, Fraction) or not isinstance(b, Fraction):
            return a // b
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _mod(a, b):
        if not isinstance(a, Fraction) or not isinstance(b, Fraction):
            return a % b
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def _divmod(a, b):
        if not isinstance(a, Fraction) or not isinstance(b, Fraction):
            return divmod(a, b)
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    __add__, __radd__ = _operator(_add)
    __sub__, __rsub__ = _operator(_sub)
    __mul__, __rmul__ = _operator(_mul)
    __truediv__, __rtruediv__ = _operator(_div)
    __floordiv__, __rfloordiv__ = _operator(_floordiv)
    __mod__, __rmod__ = _operator(_mod)
    __divmod__, __rdivmod__ = _operator(_divmod)

    def __pow__(a, b):
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
            return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
        if isinstance(b, (float, Fraction)):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        if isinstance(b, complex) and b.imag == 0:
            return a == b.real
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _parse(s):
    t = s.strip().replace('_', '')
    if not t:
        raise ValueError('Invalid literal for Fraction: %r' % s)
    sign = 1
    if t[0] in '+-':
        sign = -1 if t[0] == '-' else 1
        t = t[1:]
    if '/' in t:
        n, _, d = t.partition('/')
        if not n.isdigit() or not d.strip().isdigit() or d != d.strip() or n != n.strip():
            raise ValueError('Invalid literal for Fraction: %r' % s)
        return sign * int(n), int(d)
    mant, e, exp = t.lower().partition('e')
    if e and not (exp.lstrip('+-').isdigit()):
        raise ValueError('Invalid literal for Fraction: %r' % s)
    ip, dot, fp = mant.partition('.')
    if not (ip or fp) or (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        raise ValueError('Invalid literal for Fraction: %r' % s)
    n = int(ip + fp) if (ip + fp) else 0
    d = 10 ** len(fp)
    if e:
        k = int(exp)
        if k >= 0:
            n *= 10 ** k
        else:
            d *= 10 ** -k
    return sign * n, d


# numbers.Rational.register(Fraction), if numbers is already loaded (numbers
# does it otherwise)
import sys as _sys
if 'numbers' in _sys.modules:
    _sys.modules['numbers'].Rational.register(Fraction)
del _sys
