# struct: packing values into bytes and back with CPython's format
# language (byte order @ = < > !, native alignment for @, counts, the codes
# x c b B ? h H i I l L q Q n N e f d s p P) and struct.error messages.

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code: (standard size, native size and alignment, signed, kind)
_CODES = {
    'x': (1, 1, False, 'pad'), 'c': (1, 1, False, 'char'), 'b': (1, 1, True, 'int'),
    'B': (1, 1, False, 'int'), '?': (1, 1, False, 'bool'), 'h': (2, 2, True, 'int'),
    'H': (2, 2, False, 'int'), 'i': (4, 4, True, 'int'), 'I': (4, 4, False, 'int'),
    'l': (4, 8, True, 'int'), 'L': (4, 8, False, 'int'), 'q': (8, 8, True, 'int'),
    'Q': (8, 8, False, 'int'), 'n': (None, 8, True, 'int'), 'N': (None, 8, False, 'int'),
    'e': (2, 2, False, 'float'), 'f': (4, 4, False, 'float'), 'd': (8, 8, False, 'float'),
    's': (1, 1, False, 'bytes'), 'p': (1, 1, False, 'pascal'), 'P': (None, 8, False, 'int'),
}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order in '<' or (order in '@=' and _native_little())
    items = []          # (code, count, offset, size)
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = fmt[i]
        if ch not in _CODES or (not native and ch in 'nNP'):
            raise error('bad char in struct format')
        std, nat, signed, kind = _CODES[ch]
        size = nat if native else std
        if native and kind not in ('bytes', 'pascal', 'char', 'pad', 'bool') and size > 1:
            offset = (offset + size - 1) // size * size
        if kind in ('bytes', 'pascal'):
            c = 1 if count is None else count
            items.append((ch, c, offset, c))
            offset += c
        else:
            c = 1 if count is None else count
            for _ in range(c):
                items.append((ch, 1, offset, size))
                offset += size
        i += 1
    return items, offset, little


def _native_little():
    return True


class Struct:
    def __init__(self, format):
        self.format = format if isinstance(format, str) else format.decode('ascii')
        self._items, self.size, self._little = _parse(format)

    def _nvalues(self):
        return sum(1 for code, c, off, size in self._items if _CODES[code][3] != 'pad')

    def pack(self, *values):
        buf = bytearray(self.size)
        self._pack_into(buf, 0, values)
        return bytes(buf)

    def pack_into(self, buffer, offset, *values):
        if offset < 0:
            offset += len(buffer)
        if offset + self.size > len(buffer):
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at '
                        'offset %d (actual buffer size is %d)' % (self.size + offset, self.size, offset,
                                                                 len(buffer)))
        self._pack_into(buffer, offset, values)

    def _pack_into(self, buf, base, values):
        want = self._nvalues()
        if len(values) != want:
            raise error('pack expected %d items for packing (got %d)' % (want, len(values)))
        vi = 0
        order = 'little' if self._little else 'big'
        for code, count, off, size in self._items:
            kind = _CODES[code][3]
            at = base + off
            if kind == 'pad':
                continue
            v = values[vi]
            vi += 1
            if kind == 'int':
                if not isinstance(v, int):
                    try:
                        v = v.__index__()
                    except AttributeError:
                        raise error('required argument is not an integer') from None
                signed = _CODES[code][2]
                lo = -(1 << (8 * size - 1)) if signed else 0
                hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
                if not lo <= v <= hi:
                    # CPython converts to a C long (bhilBH), unsigned long (IL)
                    # or 64-bit type (qQnNP) first; failing that is "out of range"
                    if code in 'qQnNP':
                        raise error('argument out of range')
                    if code in 'IL' and (v < 0 or v >= 1 << 64):
                        raise error('argument out of range')
                    if code in 'bhilBH' and not -(1 << 63) <= v < 1 << 63:
                        raise error('argument out of range')
                    raise error(self._range_msg(code, size, signed, lo, hi))
                buf[at:at + size] = v.to_bytes(size, order, signed=signed)
            elif kind == 'bool':
                buf[at] = 1 if v else 0
            elif kind == 'char':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                buf[at] = v[0]
            elif kind == 'float':
                if not isinstance(v, (int, float)):
                    raise error('required argument is not a float')
                buf[at:at + size] = _pack_float(float(v), size, self._little)
            elif kind == 'bytes':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 's' must be a bytes object")
                data = bytes(v[:count])
                buf[at:at + count] = data + b'\x00' * (count - len(data))
            elif kind == 'pascal':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 'p' must be a bytes object")
                n = min(len(v), count - 1, 255)
                if count:
                    buf[at] = n
                    buf[at + 1:at + 1 + n] = v[:n]

    def _range_msg(self, code, size, signed, lo, hi):
        if code in 'bB':
            return "byte format requires %d <= number <= %d" % (lo, hi) if signed else \
                "ubyte format requires 0 <= number <= 255"
        if code in 'hH':
            return "short format requires %d <= number <= %d" % (lo, hi) if signed else \
                "ushort format requires 0 <= number <= %d" % hi
        return "'%s' format requires %d <= number <= %d" % (code, lo, hi)

    def __repr__(self):
        return '<_struct.Struct object at %#x>' % id(self)

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_from(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at '
                        'offset %d (actual buffer size is %d)' % (self.size + offset, self.size, offset,
                                                                   len(buffer)))
        return self._unpack_from(buffer, offset)

    def _unpack_from(self, buf, base):
        out = []
        order = 'little' if self._little else 'big'
        for code, count, off, size in self._items:
            kind = _CODES[code][3]
            at = base + off
            if kind == 'pad':
                continue
            chunk = buf[at:at + size]
            if kind == 'int':
                out.append(int.from_bytes(chunk, order, signed=_CODES[code][2]))
            elif kind == 'bool':
                out.append(chunk[0] != 0)
            elif kind == 'char':
                out.append(chunk)
            elif kind == 'float':
                out.append(_unpack_float(chunk, size, self._little))
            elif kind == 'bytes':
                out.append(chunk)
            elif kind == 'pascal':
                n = min(chunk[0], count - 1) if count else 0
                out.append(chunk[1:1 + n])
        return tuple(out)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        for i in range(0, len(buffer), self.size):
            yield self._unpack_from(buffer, i)


def _pack_float(x, size, little):
    # IEEE 754 binary16/32/64 with round-half-even, from the exact value
    import math
    ebits, mbits = {2: (5, 10), 4: (8, 23), 8: (11, 52)}[size]
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if (x < 0 or (x == 0 and math.copysign(1.0, x) < 0)) else 0
    x = abs(x)
    if math.isnan(x):
        e, m = (1 << ebits) - 1, 1 << (mbits - 1)
    elif math.isinf(x):
        e, m = (1 << ebits) - 1, 0
    elif x == 0:
        e, m = 0, 0
    else:
        mant, exp = math.frexp(x)          # x = mant * 2**exp, 0.5 <= mant < 1
        e = exp - 1 + bias
        if e <= 0:
            # subnormal: scale to the fixed exponent
            n, d = x.as_integer_ratio()
            shift = bias - 1 + mbits
            m = _round_ratio(n << shift, d) if shift >= 0 else _round_ratio(n, d << -shift)
            e = 0
            if m >> mbits:
                e, m = 1, m & ((1 << mbits) - 1)
        else:
            n, d = x.as_integer_ratio()
            shift = mbits - (exp - 1)
            full = _round_ratio(n << shift, d) if shift >= 0 else _round_ratio(n, d << -shift)
            if full >> (mbits + 1):
                full >>= 1
                e += 1
            m = full & ((1 << mbits) - 1)
        if e >= (1 << ebits) - 1:
            if size == 8:
                e, m = (1 << ebits) - 1, 0
            else:
                raise OverflowError('float too large to pack with %s format' % {2: 'e', 4: 'f'}[size])
    bits = (sign << (size * 8 - 1)) | (e << mbits) | m
    return bits.to_bytes(size, 'little' if little else 'big')


def _round_ratio(n, d):
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q & 1):
        q += 1
    return q


def _unpack_float(chunk, size, little):
    bits = int.from_bytes(chunk, 'little' if little else 'big')
    ebits, mbits = {2: (5, 10), 4: (8, 23), 8: (11, 52)}[size]
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (size * 8 - 1) else 1.0
    e = (bits >> mbits) & ((1 << ebits) - 1)
    m = bits & ((1 << mbits) - 1)
    if e == (1 << ebits) - 1:
        return sign * (float('inf') if m == 0 else float('nan'))
    if e == 0:
        return sign * m * 2.0 ** (1 - bias - mbits)
    return sign * (m + (1 << mbits)) * 2.0 ** (e - bias - mbits)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(fmt):
    return _struct(fmt).size


def pack(fmt, *values):
    return _struct(fmt).pack(*values)


def pack_into(fmt, buffer, offset, *values):
    _struct(fmt).pack_into(buffer, offset, *values)


def unpack(fmt, buffer):
    return _struct(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _struct(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _struct(fmt).iter_unpack(buffer)
