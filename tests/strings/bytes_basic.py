# bytes: literals, repr, indexing, iteration, decode
b = b'hello\x00\xff"\''
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b'abc'), b'ab' + b'cd', b'ab' * 3)
print(b'abc' == b'abc', b'abc' < b'abd', b'a' in b'cat', 97 in b'cat', b'' == bytes())
print(bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), bytes(b'xy'), bytes(range(5)))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'), b'ab\xffc'.decode('utf-8', 'replace'))
print(b'abc'.hex(), b'a,b,c'.split(b','), b'  x '.strip(), b'-'.join([b'a', b'b']), b'Hello'.upper(), b'Hello'.lower())
print(b'hello'.find(b'l'), b'hello'.count(b'l'), b'hello'.startswith(b'he'), b'hello'.endswith(b'lo'), b'aXbX'.replace(b'X', b'--'))
print(repr(b"it's"), repr(b'\t\n\r\\'), hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
for f in [lambda: b'\xff'.decode(), lambda: bytes('x'), lambda: bytes([300]), lambda: b'a' + 'b', lambda: b'a'[5]]:
    try:
        f()
    except (UnicodeDecodeError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
