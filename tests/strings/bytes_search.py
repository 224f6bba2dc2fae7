# find/rfind/index/rindex/count/startswith/endswith/in on bytes and bytearray

def t(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

class Idx:
    def __index__(self):
        return 98

for s in (b'abcabcab', bytearray(b'abcabcab')):
    print(type(s).__name__)
    for sub in (b'ab', bytearray(b'ca'), b'', b'x', 98, Idx(), True):
        print(s.find(sub), s.rfind(sub), s.count(sub), sub in s if not isinstance(sub, Idx) else '-')
    for args in ((1,), (1, 5), (-3,), (-100, 100), (None, 4), (4, None), (9,), (8,), (3, 2), (2**70,), (-2**70, 2)):
        print(args, s.find(b'ab', *args), s.rfind(b'ab', *args), s.count(b'ab', *args),
              s.find(b'', *args), s.rfind(b'', *args), s.count(b'', *args),
              s.find(97, *args), s.rfind(97, *args), s.count(97, *args))
    print(s.index(b'c'), s.rindex(b'c'), s.index(99, 3), s.rindex(99, 0, 5))
    t(lambda: s.index(b'z'))
    t(lambda: s.rindex(b'a', 7))
    t(lambda: s.find('a'))
    t(lambda: s.count([1]))
    t(lambda: s.find(256))
    t(lambda: s.find(-1))
    t(lambda: s.find(2**80))
    t(lambda: s.find(b'a', 'x'))
    t(lambda: s.find(b'a', 1.0))
    t(lambda: s.find())
    t(lambda: s.find(b'a', 1, 2, 3))
    t(lambda: s.find(b'a', start=1))
    t(lambda: s.count())
    t(lambda: s.index(b'a', 1, 2, 3))
    # startswith / endswith
    print(s.startswith(b'ab'), s.startswith(bytearray(b'abc')), s.startswith(b'b'), s.startswith(b''))
    print(s.endswith(b'ab'), s.endswith(b'cab'), s.endswith((b'x', b'b')), s.endswith(()))
    print(s.startswith(b'bc', 1), s.startswith(b'bc', 1, 2), s.startswith(b'', 8), s.startswith(b'', 9))
    print(s.endswith(b'ca', 0, 5), s.endswith(b'ca', -4, -2), s.endswith(b'', 3, 1), s.startswith(b'', 3, 1))
    print(s.startswith(b'ab', None, None), s.endswith(b'b', None, -1))
    t(lambda: s.startswith('a'))
    t(lambda: s.startswith(98))
    t(lambda: s.endswith([b'a']))
    t(lambda: s.startswith((b'a', 'b')))
    t(lambda: s.endswith(('a',)))
    t(lambda: s.startswith())
    t(lambda: s.endswith(b'a', x=1))
    # in
    t(lambda: 'a' in s)
    t(lambda: 256 in s)
    t(lambda: -1 in s)
    t(lambda: 1.0 in s)
    t(lambda: 2**70 in s)
    print(99 in s, 100 in s, b'bca' in s, bytearray(b'cc') in s, b'' in s)

class B(bytes):
    pass

print(b'xaby'.find(B(b'ab')), B(b'xaby').find(b'y'), B(b'xaby').count(B(b'')), B(b'ab') in b'cab')
print(b'abc'.startswith(B(b'a')), b'abc'.endswith((B(b'c'),)))
