# case mapping and character classes of bytes/bytearray (ASCII only)

def t(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r))

samples = [b'', b'hello World', b'HELLO', b'hello', b'Hello World', b'hello world', b"they're bill's",
           b'\xe9t\xc9 abc', b'123', b'12a', b'abc1', b' \t\n\r\x0b\x0c', b'\x1c', b'A1 B2', b'aB',
           b'Title Case', b'TItle', b'a_b', b'\x80', b'ABC DEF', b'1A', b'\xff\x7f']
for T in (bytes, bytearray):
    for s in samples:
        s = T(s)
        print(s, s.lower(), s.upper(), s.swapcase(), s.capitalize(), s.title())
        print(' ', s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(),
              s.istitle(), s.isupper())
    t(lambda: T(b'a').lower(1))
    t(lambda: T(b'a').isalpha(x=1))
    t(lambda: T(b'a').title(1, 2))
    t(lambda: T(b'a').capitalize(None))

class B(bytes):
    pass

b = B(b'abc')
print(type(b.upper()).__name__, b.upper(), b.isalpha(), bytes.upper(b), bytes.isalpha(b))
t(lambda: bytes.upper(bytearray(b'a')))
t(lambda: bytearray.upper(b'a'))
t(lambda: bytes.upper('a'))
s = b'abc'
print(s.lower() == s, type(bytearray(b'x').upper()).__name__)
