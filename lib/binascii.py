# binascii: hex and base64 conversions of bytes, and crc32.

class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_HEX = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}
_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def _bytes(data, name='argument'):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    h = bytes(data).hex()
    if sep is not None:
        if isinstance(sep, bytes):
            sep = sep.decode('ascii')
        # groups of bytes_per_sep bytes, counted from the right (from the left if negative)
        step = 2 * abs(bytes_per_sep)
        if bytes_per_sep > 0:
            first = len(h) % step or step
            groups = [h[:first]] + [h[i:i + step] for i in range(first, len(h), step)]
        else:
            groups = [h[i:i + step] for i in range(0, len(h), step)]
        h = sep.join(g for g in groups if g)
    return h.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _bytes(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(s), 2):
        hi = _HEX.get(s[i])
        lo = _HEX.get(s[i + 1])
        if hi is None or lo is None:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest:
        tail = data[len(data) - rest:] + b'\x00' * (3 - rest)
        n = (tail[0] << 16) | (tail[1] << 8) | tail[2]
        chunk = bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
        out += chunk[:rest + 1] + b'=' * (3 - rest)
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _bytes(data)
    bits = 0
    nbits = 0
    out = bytearray()
    pads = 0
    count = 0
    for c in s:
        if c == 61:                 # '='
            pads += 1
            if count % 4 >= 2 and count % 4 + pads >= 4:
                break
            continue
        v = _B64_INDEX.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if pads:
            pads = 0
        count += 1
        bits = (bits << 6) | v
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    if count % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % count)
    if count % 4 and count % 4 + pads < 4:
        raise Error('Incorrect padding')
    return bytes(out)


def crc32(data, crc=0):
    crc = ~crc & 0xFFFFFFFF
    for b in bytes(data):
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
    return ~crc & 0xFFFFFFFF
