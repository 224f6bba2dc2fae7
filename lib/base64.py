# base64: Base16/32/64 encodings over binascii, with the URL-safe alphabet.
import binascii

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode', 'b32encode', 'b32decode', 'b16encode', 'b16decode', 'encodebytes',
           'decodebytes']


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return encoded.translate(bytes.maketrans(b'+/', altchars)) if hasattr(bytes, 'maketrans') else \
            encoded.replace(b'+', altchars[:1]).replace(b'/', altchars[1:2])
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = s.replace(altchars[:1], b'+').replace(altchars[1:2], b'/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).replace(b'+', b'-').replace(b'/', b'_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.replace(b'-', b'+').replace(b'_', b'/'))


_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(s):
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + b'\x00' * (5 - len(chunk)), 'big')
        enc = bytes(_b32alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += enc[:used] + b'=' * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        s = s.replace(b'0', b'O').replace(b'1', _bytes_from_decode_data(map01))
    if casefold:
        s = s.upper()
    end = len(s)
    while end and s[end - 1] == 61:     # '='
        end -= 1
    stripped = s[:end]
    out = bytearray()
    acc = 0
    for i, c in enumerate(stripped):
        v = _b32alphabet.find(bytes([c]))
        if v < 0:
            raise binascii.Error('Non-base32 digit found')
        acc = (acc << 5) | v
        if i % 8 == 7:
            out += acc.to_bytes(5, 'big')
            acc = 0
    rem = len(stripped) % 8
    if rem:
        acc <<= 5 * (8 - rem)
        last = acc.to_bytes(5, 'big')
        out += last[:{2: 1, 4: 2, 5: 3, 7: 4}.get(rem, 0)]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def encodebytes(s):
    s = bytes(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(binascii.b2a_base64(s[i:i + 57]))
    return b''.join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(s)
