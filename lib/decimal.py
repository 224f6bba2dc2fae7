# decimal: decimal floating point after the General Decimal Arithmetic
# specification, for the common uses: exact construction from str/int/float,
# + - * / // % ** and comparisons rounded to the context precision,
# quantize and the rounding modes, to_integral, sqrt, normalize, formatting,
# contexts (getcontext, setcontext, localcontext) and the usual signals.
# A value is (sign, coefficient as an int, exponent) or a special
# (infinity, quiet or signalling NaN).

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
           'DivisionUndefined', 'ConversionSyntax', 'InvalidContext',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
           'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
           'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]


class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


class _Flags(dict):
    # listed in the order CPython's context repr uses
    _order = None

    def __repr__(self):
        return '[' + ', '.join(s.__name__ for s in self._order if self.get(s)) + ']'


class _TrapFlags(_Flags):
    pass


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        dc = DefaultContext if '_default_made' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = dc.traps.copy() if dc else {s: s in (DivisionByZero, Overflow, InvalidOperation)
                                                 for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        self.traps = _TrapFlags(traps)
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.flags = _Flags(flags)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%r, traps=%r)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   self.flags, self.traps))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, message=''):
        # a condition (DivisionUndefined...) sets and traps through its signal
        signal = condition
        if condition not in _SIGNALS:
            for base in condition.__mro__:
                if base in _SIGNALS:
                    signal = base
                    break
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])
        return None

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _apply(self, name, *args):
        return getattr(Decimal(args[0]), name)(*[Decimal(a) if isinstance(a, (int, str)) else a
                                                 for a in args[1:]], context=self)

    def add(self, a, b):
        return _dec(a).__add__(_dec(b), context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(_dec(b), context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(_dec(b), context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(_dec(b), context=self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(_dec(b), context=self)

    def remainder(self, a, b):
        return _dec(a).__mod__(_dec(b), context=self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(_dec(b), modulo, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(_dec(b), context=self)

    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def compare(self, a, b):
        return _dec(a).compare(_dec(b), context=self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    def normalize(self, a):
        return _dec(a).normalize(context=self)


def _dec(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)


_Flags._order = [Clamped, DivisionByZero, InvalidOperation, Inexact, FloatOperation, Overflow,
                 Rounded, Subnormal, Underflow]
_TrapFlags._order = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                     Subnormal, Inexact, Rounded, Clamped]

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999)
_default_made = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                                                               InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = [None]


def getcontext():
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self.new_context = ctx.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    lc = _LocalContext(ctx if ctx is not None else getcontext())
    for k, v in kwargs.items():
        setattr(lc.new_context, k, v)
    return lc


# the prime numeric hashes are taken modulo: 2**61 - 1 on 64-bit builds,
# 2**31 - 1 on 32-bit ones
_HASH_MODULUS = (1 << 61) - 1 if hash(1 << 40) == 1 << 40 else (1 << 31) - 1


def _parse_spec(spec):
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    i, n = 0, len(spec)
    fill = align = signopt = zero = width = grouping = prec = kind = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        align, i = spec[0], 1
    if i < n and spec[i] in '+- ':
        signopt, i = spec[i], i + 1
    if i < n and spec[i] == 'z':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        zero, i = '0', i + 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = spec[j:i] or None
    if i < n and spec[i] in ',_':
        grouping, i = spec[i], i + 1
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('Invalid format specifier')
        prec = spec[j:i]
    if i < n and spec[i] in 'eEfFgGn%':
        kind, i = spec[i], i + 1
    if i != n:
        raise ValueError('Invalid format specifier')
    return fill, align, signopt, zero, width, grouping, prec, kind


def _ndigits(n):
    return len(str(n)) if n else 1


def _round_coeff(sign, coeff, drop, rounding):
    # drop `drop` > 0 digits of coeff: (new coefficient, inexact)
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    up = False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')

    # _special: '' finite, 'F' infinity, 'n' quiet NaN, 'N' signalling NaN
    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx.flags[FloatOperation] = True
            if ctx.traps.get(FloatOperation):
                raise FloatOperation('strict semantics for mixing floats and Decimals are enabled')
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('Invalid tuple size in creation of Decimal from list or tuple.  '
                                 'The list or tuple should have exactly three elements.')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('Invalid sign.  The first value in the tuple should be an integer; '
                                 'either 0 for a positive number or 1 for a negative number.')
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._special = exp
                self._int = int(''.join(str(d) for d in digits)) if digits else 0
                self._exp = 0
                return self
            self._int = int(''.join(str(d) for d in digits)) if digits else 0
            self._exp = exp
            return self
        if isinstance(value, str):
            s = value.strip().replace('_', '') if '_' not in value.strip()[:1] else value.strip()
            if not self._parse(s):
                ctx = context if context is not None else getcontext()
                ctx.flags[InvalidOperation] = True
                if ctx.traps.get(InvalidOperation):
                    raise InvalidOperation([ConversionSyntax])
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    def _parse(self, s):
        sign = 0
        if s[:1] in ('+', '-'):
            sign = 1 if s[0] == '-' else 0
            s = s[1:]
        low = s.lower()
        self._sign = sign
        self._exp = 0
        self._int = 0
        if low in ('inf', 'infinity'):
            self._special = 'F'
            return True
        if low.startswith('nan') or low.startswith('snan'):
            self._special = 'N' if low[0] == 's' else 'n'
            digits = low[4:] if low[0] == 's' else low[3:]
            if digits and not digits.isdigit():
                return False
            self._int = int(digits) if digits else 0
            return True
        exp = 0
        k = low.find('e')
        if k >= 0:
            e = low[k + 1:]
            low = low[:k]
            if e[:1] in ('+', '-'):
                if not e[1:].isdigit():
                    return False
            elif not e.isdigit():
                return False
            exp = int(e)
        if '.' in low:
            ip, _, fp = low.partition('.')
        else:
            ip, fp = low, ''
        if not (ip or fp) or (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
            return False
        if not all('0' <= ch <= '9' for ch in ip + fp):
            return False
        self._int = int(ip + fp)
        self._exp = exp - len(fp)
        return True

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('Infinity' if f > 0 else '-Infinity')
        sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        coeff = n * 5 ** k
        result = cls((sign, [int(c) for c in str(coeff)], -k))
        return result

    # ---- helpers ---------------------------------------------------------
    def _isnan(self):
        return self._special in ('n', 'N')

    def _isinf(self):
        return self._special == 'F'

    @classmethod
    def _make(cls, sign, coeff, exp, special=''):
        d = object.__new__(cls)
        d._sign = sign
        d._int = coeff
        d._exp = exp
        d._special = special
        return d

    def _fix(self, ctx):
        # round to the context's precision and check the exponent limits
        if self._special:
            return self
        prec = ctx.prec
        coeff, exp = self._int, self._exp
        n = _ndigits(coeff)
        etiny = ctx.Emin - prec + 1
        if coeff == 0:
            emax_top = ctx.Emax - prec + 1 if ctx.clamp else ctx.Emax
            if exp > emax_top:
                ctx._raise(Clamped)
                exp = emax_top
            elif exp < etiny:
                ctx._raise(Clamped)
                exp = etiny
            return Decimal._make(self._sign, 0, exp)
        adjusted = exp + n - 1
        if adjusted > ctx.Emax:
            ctx._raise(Overflow, 'above Emax')
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            r = ctx.rounding
            if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                    (r == ROUND_CEILING and self._sign == 0) or (r == ROUND_FLOOR and self._sign == 1):
                return Decimal._make(self._sign, 0, 0, 'F')
            return Decimal._make(self._sign, 10 ** prec - 1, ctx.Emax - prec + 1)
        drop = n - prec
        subnormal = adjusted < ctx.Emin
        if subnormal and exp < etiny:
            drop = max(drop, etiny - exp)
        if drop > 0:
            coeff, inexact = _round_coeff(self._sign, coeff, drop, ctx.rounding)
            exp += drop
            if _ndigits(coeff) > prec:
                coeff //= 10
                exp += 1
            ctx._raise(Rounded)
            if inexact:
                ctx._raise(Inexact)
                if subnormal:
                    ctx._raise(Underflow)
            if exp + _ndigits(coeff) - 1 > ctx.Emax:
                return Decimal._make(self._sign, 0, 0, 'F')
        if subnormal:
            ctx._raise(Subnormal)
        return Decimal._make(self._sign, coeff, exp)

    def _nan_result(self, other, ctx):
        # NaN propagation: a signalling NaN signals; the first NaN wins
        for x in (self, other):
            if x is not None and x._special == 'N':
                ctx._raise(InvalidOperation, 'sNaN')
                return Decimal._make(x._sign, x._int, 0, 'n')
        for x in (self, other):
            if x is not None and x._special == 'n':
                return x
        return None

    def _invalid(self, ctx, msg=''):
        ctx._raise(InvalidOperation, msg)
        return Decimal._make(0, 0, 0, 'n')

    @staticmethod
    def _convert(other, ctx=None, allow_float=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if allow_float and isinstance(other, float):
            return Decimal.from_float(other)
        return NotImplemented

    # ---- arithmetic -----------------------------------------------------
    def __add__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            n = self._nan_result(other, ctx)
            if n is not None:
                return n
            if self._isinf():
                if other._isinf() and self._sign != other._sign:
                    return self._invalid(ctx, '-INF + INF')
                return self
            return other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and
                                                          self._sign != other._sign) else 0
            return Decimal._make(sign, 0, exp)._fix(ctx)
        return Decimal._make(1 if total < 0 else 0, abs(total), exp)._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            n = self._nan_result(other, ctx)
            if n is not None:
                return n
            if (self._isinf() and not other._special and other._int == 0) or \
                    (other._isinf() and not self._special and self._int == 0):
                return self._invalid(ctx, '0 * INF')
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            n = self._nan_result(other, ctx)
            if n is not None:
                return n
            if self._isinf() and other._isinf():
                return self._invalid(ctx, '(+-)INF/(+-)INF')
            if self._isinf():
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined, '0 / 0')
                return Decimal._make(0, 0, 0, 'n')
            ctx._raise(DivisionByZero, 'x / 0')
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)._fix(ctx)
        # enough digits for prec + 1 significant digits, then round
        shift = _ndigits(other._int) - _ndigits(self._int) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** (-shift))
        exp = ideal - shift
        if r == 0:
            # exact: remove trailing zeros down to the ideal exponent
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        else:
            q = q * 10 + 1          # sticky digit: an inexact result never ends in 0 or 5
            exp -= 1
        return Decimal._make(sign, q, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divmod(self, other, ctx):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            n = self._nan_result(other, ctx)
            if n is not None:
                return n, n
            if self._isinf():
                inv = self._invalid(ctx, 'divmod(INF, x)')
                return inv, inv
            return Decimal._make(sign, 0, 0), Decimal(self)
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined, 'divmod(0, 0)')
                nan = Decimal._make(0, 0, 0, 'n')
                return nan, nan
            ctx._raise(DivisionByZero, 'x // 0')
            return Decimal._make(sign, 0, 0, 'F'), self._invalid(ctx, 'x % 0')
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx.prec:
            inv = self._invalid(ctx, 'quotient too large')
            return inv, inv
        return (Decimal._make(sign, q, 0)._fix(ctx),
                Decimal._make(self._sign, r, exp)._fix(ctx))

    def __floordiv__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context if context is not None else getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context if context is not None else getcontext())[1]

    def __rmod__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context if context is not None else getcontext())

    def __pow__(self, other, modulo=None, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if modulo is not None:
            m = Decimal._convert(modulo)
            if not (self._is_integer() and other._is_integer() and m._is_integer()):
                return self._invalid(ctx, 'pow() 3rd argument not allowed unless all arguments are integers')
            r = pow(int(self), int(other), int(m))
            return Decimal(r)._fix(ctx)
        if self._special or other._special:
            n = self._nan_result(other, ctx)
            if n is not None:
                return n
            if other._isinf():
                if self._int == 0 and not self._special:
                    return Decimal._make(0, 0, 0, 'F') if other._sign else Decimal(0)
                return Decimal(0) if other._sign else Decimal._make(0, 0, 0, 'F')
            if other._sign:
                return Decimal(0)
            return Decimal._make(self._sign if other._is_odd_integer() else 0, 0, 0, 'F')
        if other._is_integer():
            n = int(other)
            if self._int == 0:
                if n < 0:
                    ctx._raise(DivisionByZero, '0 ** -n')
                    return Decimal._make(self._sign if n % 2 else 0, 0, 0, 'F')
                if n == 0:
                    return self._invalid(ctx, '0 ** 0')
                return Decimal._make(self._sign if n % 2 else 0, 0, 0)
            sign = self._sign if n % 2 else 0
            if n >= 0:
                return Decimal._make(sign, self._int ** n, self._exp * n)._fix(ctx)
            # negative power: 1 / x**-n computed with extra precision
            with localcontext(ctx) as c2:
                c2.prec = ctx.prec + 3
                denom = Decimal._make(0, self._int ** (-n), self._exp * (-n))
                r = Decimal(1).__truediv__(denom, context=c2)
            return Decimal._make(sign, r._int, r._exp)._fix(ctx)
        if self._sign:
            return self._invalid(ctx, 'x ** y with x negative and y not an integer')
        # non-integral power: exp(y * ln x) through floats when they suffice
        import math
        r = math.exp(float(other) * math.log(float(self)))
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return Decimal(repr(r))._fix(ctx)

    def __rpow__(self, other, context=None):
        other = Decimal._convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._isnan():
            return self._nan_result(None, ctx)
        if not self._special and self._int == 0:
            return Decimal._make(0 if ctx.rounding != ROUND_FLOOR else 1, 0, self._exp)._fix(ctx)
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._isnan():
            return self._nan_result(None, ctx)
        if not self._special and self._int == 0:
            return Decimal._make(0 if ctx.rounding != ROUND_FLOOR else self._sign, 0, self._exp)._fix(ctx)
        return Decimal._make(self._sign, self._int, self._exp, self._special)._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else getcontext()
        if self._isnan():
            return self._nan_result(None, ctx)
        d = Decimal._make(0, self._int, self._exp, self._special)
        return d._fix(ctx) if round else d

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _dec(other)
        return Decimal._make(other._sign, self._int, self._exp, self._special)

    # ---- comparison -------------------------------------------------------
    def _cmp(self, other):
        # -1, 0, 1 for finite or infinite values (no NaNs)
        if self._isinf() or other._isinf():
            a = 0 if not self._isinf() else (-1 if self._sign else 1)
            b = 0 if not other._isinf() else (-1 if other._sign else 1)
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
        if self._int == 0 and other._int == 0:
            return 0
        if self._int == 0:
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        c = (a > b) - (a < b)
        return -c if self._sign else c

    def _cmp_other(self, other):
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            return Decimal.from_float(other)
        return Decimal._convert(other)

    def __eq__(self, other):
        other = self._cmp_other(other)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            return False
        return self._cmp(other) == 0

    def _order(self, other, op):
        other = self._cmp_other(other)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            ctx = getcontext()
            ctx._raise(InvalidOperation, 'comparison involving NaN')
            return False
        c = self._cmp(other)
        return {'<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0}[op]

    def __lt__(self, other):
        return self._order(other, '<')

    def __le__(self, other):
        return self._order(other, '<=')

    def __gt__(self, other):
        return self._order(other, '>')

    def __ge__(self, other):
        return self._order(other, '>=')

    def compare(self, other, context=None):
        other = _dec(other)
        if self._isnan() or other._isnan():
            return self._nan_result(other, context if context is not None else getcontext())
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._isnan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        # the hash of the rational value, as for int, float and Fraction:
        # coefficient * 10**exp modulo the Mersenne prime 2**61 - 1
        modulus = _HASH_MODULUS
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = hash(self._int * exp_hash % modulus)     # as the build hashes that int
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._special != '' or self._int != 0

    # ---- conversions ------------------------------------------------------
    def _is_integer(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** (-self._exp) == 0

    def _is_odd_integer(self):
        return self._is_integer() and int(self) % 2 == 1

    def __int__(self):
        if self._isnan():
            raise ValueError('Cannot convert NaN to integer')
        if self._isinf():
            raise OverflowError('Cannot convert infinity to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            return float('-nan' if self._sign else 'nan')
        if self._isinf():
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._isnan():
            return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)) if self._int else (),
                                self._special)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            raise (ValueError if self._isnan() else OverflowError)('cannot convert to integer ratio')
        n = self._int * (-1 if self._sign else 1)
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** (-self._exp)
        from math import gcd
        g = gcd(n, d)
        return n // g, d // g

    def __round__(self, n=None):
        if n is not None:
            return self.quantize(Decimal((0, (1,), -n)))
        if self._special:
            if self._isnan():
                raise ValueError('cannot round a NaN')
            raise OverflowError('cannot round an infinity')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        if self._special:
            raise (ValueError if self._isnan() else OverflowError)('cannot round')
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            raise (ValueError if self._isnan() else OverflowError)('cannot round')
        return int(self._rescale(0, ROUND_CEILING))

    def _rescale(self, exp, rounding):
        # the value with exponent exp (rounded), no precision check
        if self._special:
            return self
        if self._int == 0:
            return Decimal._make(self._sign, 0, exp)
        if self._exp >= exp:
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coeff, _ = _round_coeff(self._sign, self._int, exp - self._exp, rounding)
        return Decimal._make(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _dec(exp)
        ctx = context if context is not None else getcontext()
        rounding = rounding if rounding is not None else ctx.rounding
        if self._special or exp._special:
            n = self._nan_result(exp, ctx)
            if n is not None:
                return n
            if self._isinf() and exp._isinf():
                return Decimal(self)
            return self._invalid(ctx, 'quantize with one INF')
        r = self._rescale(exp._exp, rounding)
        if _ndigits(r._int) > ctx.prec:
            return self._invalid(ctx, 'quantize result has too many digits for current context')
        if r._int != 0 and r._exp + _ndigits(r._int) - 1 > ctx.Emax:
            return self._invalid(ctx, 'exponent of quantize result too large for current context')
        if r._exp > self._exp:
            if r != self:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
        return r

    def to_integral_value(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            n = self._nan_result(None, ctx)
            return n if n is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding if rounding is not None else ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        r = self.to_integral_value(rounding, ctx)
        if r != self:
            ctx._raise(Inexact)
        if not self._special and self._exp < 0:
            ctx._raise(Rounded)
        return r

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            n = self._nan_result(None, ctx)
            return n if n is not None else Decimal(self)
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        while coeff % 10 == 0 and exp < top:
            coeff //= 10
            exp += 1
        return Decimal._make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            n = self._nan_result(None, ctx)
            if n is not None:
                return n
            if self._sign:
                return self._invalid(ctx, 'sqrt(-INF)')
            return Decimal(self)
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            return self._invalid(ctx, 'sqrt(-x), x > 0')
        prec = ctx.prec + 1
        # scale the coefficient so the root has prec digits; keep the exponent even
        e = self._exp
        c = self._int
        shift = 2 * prec - _ndigits(c)
        if (e - shift) % 2:
            shift += 1
        if shift >= 0:
            c *= 10 ** shift
        else:
            c //= 10 ** (-shift)
        e -= shift
        from math import isqrt
        r = isqrt(c)
        exact = r * r == c and shift <= 0
        ideal = self._exp // 2
        exp = e // 2
        if exact or r * r == c:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        else:
            r = r * 10 + 1      # sticky digit for correct rounding
            exp -= 1
        with localcontext(ctx) as c2:
            c2.rounding = ROUND_HALF_EVEN
            return Decimal._make(0, r, exp)._fix(c2)

    def exp(self, context=None):
        import math
        ctx = context if context is not None else getcontext()
        return Decimal(repr(math.exp(float(self))))._fix(ctx)

    def ln(self, context=None):
        import math
        ctx = context if context is not None else getcontext()
        if self._int == 0 and not self._special:
            return Decimal._make(1, 0, 0, 'F')
        return Decimal(repr(math.log(float(self))))._fix(ctx)

    def log10(self, context=None):
        ctx = context if context is not None else getcontext()
        if not self._special and self._int != 0 and not self._sign:
            s = str(self._int).rstrip('0')
            if s == '1':
                return Decimal(self._exp + len(str(self._int)) - 1)
        import math
        return Decimal(repr(math.log10(float(self))))._fix(ctx)

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_nan(self):
        return self._isnan()

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._isinf()

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        ctx = context if context is not None else getcontext()
        return not self._special and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context if context is not None else getcontext()
        return not self._special and self._int != 0 and self.adjusted() < ctx.Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def max(self, other, context=None):
        other = _dec(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _dec(other)
        return self if self._cmp(other) <= 0 else other

    def fma(self, other, third, context=None):
        product = Decimal._make(self._sign ^ _dec(other)._sign, self._int * _dec(other)._int,
                                self._exp + _dec(other)._exp)
        return product.__add__(_dec(third), context=context)

    def number_class(self, context=None):
        if self._isnan():
            return 'sNaN' if self._special == 'N' else 'NaN'
        s = '-' if self._sign else '+'
        if self._isinf():
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        return s + ('Subnormal' if self.is_subnormal(context) else 'Normal')

    def radix(self):
        return Decimal(10)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    # ---- text -------------------------------------------------------------
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + payload
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            ctx = context if context is not None else getcontext()
            e = ['e', 'E'][ctx.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        fill, align, signopt, zero, width, grouping, prec, kind = _parse_spec(spec)
        if zero and not align:
            fill, align = '0', '='
        fill = fill or ' '
        align = align or '>'
        ctx = getcontext()
        sign = '-' if self._sign else ('+' if signopt == '+' else (' ' if signopt == ' ' else ''))
        if self._special:
            body = str(abs(self)) if not self._isnan() else ('NaN' if self._special == 'n' else 'sNaN')
            if self._isinf():
                body = 'Infinity'
        else:
            a = self.copy_abs()
            if kind in (None, 'g', 'G', 'n'):
                if prec is not None:
                    p = max(int(prec), 1)
                    with localcontext() as c2:
                        c2.prec = p
                        c2.rounding = ctx.rounding
                        a = Decimal(a)._fix(c2) if _ndigits(a._int) > p else a
                body = str(a) if kind is None or kind == 'n' else str(a).replace('E', 'e' if kind == 'g' else 'E')
                if kind is None and prec is None:
                    body = str(a)
            elif kind in ('f', 'F', '%'):
                if kind == '%':
                    a = Decimal._make(0, a._int, a._exp + 2)
                if prec is None:
                    p = max(-a._exp, 0)
                else:
                    p = int(prec)
                q = a._rescale(-p, ctx.rounding)
                digits = str(q._int).rjust(p + 1, '0')
                body = digits[:len(digits) - p] + ('.' + digits[len(digits) - p:] if p else '')
                if kind == '%':
                    body += '%'
            else:
                p = int(prec) if prec is not None else _ndigits(a._int) - 1
                if a._int == 0:
                    q = Decimal._make(0, 0, a._exp)
                    digits = '0' * (p + 1)
                    e = a._exp + p
                else:
                    drop = _ndigits(a._int) - (p + 1)
                    if drop > 0:
                        coeff, _ = _round_coeff(0, a._int, drop, ctx.rounding)
                        ex = a._exp + drop
                        if _ndigits(coeff) > p + 1:
                            coeff //= 10
                            ex += 1
                    else:
                        coeff = a._int * 10 ** (-drop)
                        ex = a._exp + drop
                    digits = str(coeff)
                    e = ex + p
                body = digits[0] + ('.' + digits[1:] if p else '') + kind + '%+d' % e
            if grouping:
                ip, dot, rest = body.partition('.')
                tail = ''
                while ip and not ip[-1].isdigit():
                    tail = ip[-1] + tail
                    ip = ip[:-1]
                groups = []
                while len(ip) > 3:
                    groups.insert(0, ip[-3:])
                    ip = ip[:-3]
                groups.insert(0, ip)
                body = grouping.join(groups) + tail + dot + rest
        total = sign + body
        if width and len(total) < int(width):
            pad = int(width) - len(total)
            if align == '<':
                total = total + fill * pad
            elif align == '>':
                total = fill * pad + total
            elif align == '^':
                total = fill * (pad // 2) + total + fill * (pad - pad // 2)
            else:
                total = sign + fill * pad + body
        return total

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# numbers.Number.register(Decimal), if numbers is already loaded (numbers
# does it otherwise)
import sys as _sys
if 'numbers' in _sys.modules:
    _sys.modules['numbers'].Number.register(Decimal)
del _sys
