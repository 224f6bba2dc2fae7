# hex, fromhex, translate, maketrans of bytes/bytearray

def t(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

for T in (bytes, bytearray):
    d = T(b'\x01\x02\x03\xab\xcd\xef\x00')
    print(d.hex(), d.hex(':'), d.hex(b'-'), d.hex(' ', 2), d.hex(':', -2), d.hex(':', 3), d.hex(':', -3),
          d.hex(':', 7), d.hex(':', 100), d.hex(':', 0), d.hex(sep='_', bytes_per_sep=4), d.hex(bytes_per_sep=2))
    print(T(b'').hex(), T(b'').hex(':'), T(b'\xff').hex(':', 1), T(b'ab').hex(b'|'))
    t(lambda: d.hex(bytearray(b'|')))
    t(lambda: d.hex([1]))
    t(lambda: d.hex([1, 2]))
    t(lambda: d.hex('::'))
    t(lambda: d.hex(''))
    t(lambda: d.hex('\xe9'))
    t(lambda: d.hex(b'\xff'))
    t(lambda: d.hex(1))
    t(lambda: d.hex(':', 'x'))
    t(lambda: d.hex(':', 1, 2))
    t(lambda: d.hex(sepx=':'))
    t(lambda: d.hex(':', sep=':'))
    # fromhex
    print(T.fromhex(''), T.fromhex('00ff10'), T.fromhex(' 01 \t\n02\x0b\x0c\r AbCd'), T.fromhex('  '))
    print(type(T.fromhex('01')).__name__, type(T(b'').fromhex('01')).__name__)
    for bad in ('a', 'abc', 'zz', '0 1', '01\x1c02', '\xe9', '0g', '00 0', 'ab\xe9', 'ab c'):
        t(lambda: T.fromhex(bad))
    t(lambda: T.fromhex(b'ab'))
    t(lambda: T.fromhex())
    t(lambda: T.fromhex('a', 'b'))
    # maketrans / translate
    tab = T.maketrans(b'abc', bytearray(b'xyz'))
    print(type(tab).__name__, len(tab), tab[97:100], tab[:3])
    s = T(b'aabbccdd')
    print(s.translate(tab), s.translate(None), s.translate(None, b'ab'), s.translate(tab, b'c'),
          s.translate(tab, delete=bytearray(b'xd')), s.translate(bytearray(tab)), s.translate(None, b''))
    t(lambda: s.translate(b'x'))
    t(lambda: s.translate('x' * 256))
    t(lambda: s.translate(None, 'a'))
    t(lambda: s.translate(None, delete='a'))
    t(lambda: s.translate())
    t(lambda: s.translate(table=None))
    t(lambda: s.translate(None, b'', b''))
    t(lambda: T.maketrans(b'a', b'bc'))
    t(lambda: T.maketrans('a', b'b'))
    t(lambda: T.maketrans(b'a', 'b'))
    t(lambda: T.maketrans(b'a'))
    print(T.maketrans(b'', b'') == bytes(range(256)), s.maketrans(b'a', b'b')[97])

s = b'abc'
print(s.translate(None) is s, s.translate(None, b'') is s, bytes.fromhex('41'), bytearray.fromhex('4142'))
