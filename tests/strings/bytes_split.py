# split/rsplit/splitlines/partition/rpartition/join for bytes and bytearray

def t(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

for T in (bytes, bytearray):
    s = T(b'  a b\tc\n\x0bd  \x0c e ')
    print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
    print(s.split(None, 0), T(b'   ').split(), T(b'').split(), T(b'').rsplit(b'x'), T(b'a\x1cb').split())
    c = T(b'a,b,,c,')
    print(c.split(b','), c.rsplit(b','), c.split(b',', 2), c.rsplit(b',', 2), c.split(sep=b',', maxsplit=1))
    print(c.rsplit(bytearray(b','), maxsplit=1), c.split(b',,'), c.rsplit(b'a,'), c.split(b'x'))
    print(T(b'aaa').split(b'aa'), T(b'aaa').rsplit(b'aa'), c.split(b',', -1), c.split(b',', 0))
    t(lambda: c.split(b''))
    t(lambda: c.rsplit(b''))
    t(lambda: c.split(','))
    t(lambda: c.split(1))
    t(lambda: c.split(b',', 'x'))
    t(lambda: c.split(b',', 1, 2))
    t(lambda: c.split(sepx=b','))
    t(lambda: c.split(b',', sep=b','))
    # splitlines
    l = T(b'a\nb\r\nc\rd\n\ne\x0bf\x0cg\x1ch')
    print(l.splitlines(), l.splitlines(True), l.splitlines(keepends=True), T(b'x\n').splitlines(), T(b'').splitlines())
    print(T(b'\r\n\r').splitlines(1), l.splitlines(0))
    t(lambda: l.splitlines('x'))
    t(lambda: l.splitlines(1, 2))
    t(lambda: l.splitlines(keep=1))
    # partition
    p = T(b'k=v=w')
    print(p.partition(b'='), p.rpartition(b'='), p.partition(b'x'), p.rpartition(b'x'), p.partition(bytearray(b'v=')))
    print(p.partition(b'k=v=w'), p.rpartition(b'w'))
    t(lambda: p.partition(b''))
    t(lambda: p.rpartition('='))
    t(lambda: p.partition())
    # join
    print(T(b', ').join([b'a', bytearray(b'b'), T(b'c')]), T(b'').join([]), T(b'-').join([b'x']),
          T(b'-').join(iter([b'p', b'q'])), T(b'').join((b'a', b'b')))
    t(lambda: T(b'-').join([b'a', 'b']))
    t(lambda: T(b'-').join([1]))
    t(lambda: T(b'-').join(5))
    t(lambda: T(b'-').join())

class B(bytes):
    pass

x = b'1,2'
print(B(b'a b').split(), type(B(b'a b').split()[0]).__name__, b'a-b'.split(B(b'-')), b'-'.join([B(b'x'), b'y']))
print(x.split()[0] is x, x.partition(b'=')[0] is x, x.rpartition(b'=')[2] is x)
sep = b','
print(x.partition(sep)[1] is sep)
ba = bytearray(b'1,2')
print(ba.partition(b'=')[0] is ba, type(b'1,2'.partition(bytearray(b','))[1]).__name__)
