# padding, stripping, removeprefix/suffix, replace, expandtabs of bytes/bytearray

def t(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

class Idx:
    def __index__(self):
        return 7

for T in (bytes, bytearray):
    s = T(b'abc')
    for w in (-1, 0, 3, 4, 5, 6, 7, Idx()):
        print(s.center(w), s.ljust(w), s.rjust(w), s.zfill(w), s.center(w, b'*'), s.ljust(w, bytearray(b'.')))
    print(T(b'ab').center(5, b'-'), T(b'ab').center(6, b'-'), T(b'a').center(4), T(b'').center(3, b'x'))
    print(T(b'-42').zfill(6), T(b'+x').zfill(4), T(b'').zfill(2), T(b'-').zfill(3), T(b'42').zfill(1))
    t(lambda: s.center(5, 'x'))
    t(lambda: s.center(5, b'xy'))
    t(lambda: s.rjust(5, 3))
    t(lambda: s.ljust('5'))
    t(lambda: s.zfill(5.0))
    t(lambda: s.center())
    t(lambda: s.center(1, b'x', 2))
    t(lambda: s.zfill())
    t(lambda: s.ljust(5, fillchar=b'x'))
    # strip
    w = T(b' \t\nab c\x0b\x0c\r ')
    print(w.strip(), w.lstrip(), w.rstrip(), w.strip(None), T(b'\x1cab\x1c').strip())
    x = T(b'xyabcyx')
    print(x.strip(b'xy'), x.lstrip(b'x'), x.rstrip(bytearray(b'yx')), x.strip(b''), x.strip(b'abcxy'))
    t(lambda: x.strip('x'))
    t(lambda: x.lstrip(1))
    t(lambda: x.rstrip(b'x', b'y'))
    t(lambda: x.strip(chars=b'x'))
    # removeprefix / removesuffix
    print(x.removeprefix(b'xy'), x.removeprefix(b'yx'), x.removesuffix(b'yx'), x.removesuffix(b''),
          x.removeprefix(b'xyabcyx'), x.removeprefix(b'xyabcyxz'), x.removesuffix(bytearray(b'x')))
    t(lambda: x.removeprefix('x'))
    t(lambda: x.removesuffix())
    # replace
    r = T(b'aXbXcX')
    print(r.replace(b'X', b'--'), r.replace(b'X', b''), r.replace(b'X', b'Y', 2), r.replace(b'X', b'Y', 0),
          r.replace(b'X', b'Y', -1), r.replace(b'Q', b'Y'), r.replace(b'aXbXcX', b''))
    print(r.replace(b'', b'.'), r.replace(b'', b'.', 3), T(b'').replace(b'', b'x'), T(b'').replace(b'a', b'x'),
          r.replace(bytearray(b'Xb'), bytearray(b'_')), T(b'aaaa').replace(b'aa', b'b'))
    t(lambda: r.replace('X', b'Y'))
    t(lambda: r.replace(b'X', 'Y'))
    t(lambda: r.replace(b'X', b'Y', 'n'))
    t(lambda: r.replace(b'X'))
    t(lambda: r.replace(b'X', b'Y', count=1))
    # expandtabs
    e = T(b'a\tbc\t\td\n\tx\r\ty')
    print(e.expandtabs(), e.expandtabs(4), e.expandtabs(tabsize=1), e.expandtabs(0), e.expandtabs(-1),
          T(b'no tabs').expandtabs())
    t(lambda: e.expandtabs('x'))
    t(lambda: e.expandtabs(1, 2))
    t(lambda: e.expandtabs(size=2))

s = b'abc'
print(s.center(2) is s, s.strip() is s, s.removeprefix(b'x') is s, s.replace(b'x', b'y') is s, s.zfill(1) is s)
ba = bytearray(b'abc')
print(ba.center(2) is ba, ba.strip() is ba, ba.replace(b'x', b'y') is ba)
