# argument-count and keyword errors of every bytes/bytearray method

meths = ("capitalize center count decode endswith expandtabs find hex index isalnum isalpha isascii isdigit "
         "islower isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix replace "
         "rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate "
         "upper zfill").split()
# a bound method of these (METH_VARARGS in CPython) words a keyword error
# differently from a direct call, so only direct calls are tested below
varargs = "count find index rfind rindex startswith endswith".split()
for t in (b'abc', bytearray(b'abc')):
    for m in meths:
        f = getattr(t, m)
        for args in [(), (1,), (b'a', 1, 2, 3, 4, 5)]:
            try:
                r = f(*args)
                r = 'ok' if type(r) is not type(t) else 'same'
            except Exception as e:
                r = "%s: %s" % (type(e).__name__, e)
            print(type(t).__name__, m, len(args), r)
        if m not in varargs:
            try:
                f(zzz=1)
            except Exception as e:
                print(type(t).__name__, m, 'kw', type(e).__name__, e)
for m in ['append', 'extend', 'pop', 'insert', 'remove', 'clear', 'copy', 'reverse']:
    f = getattr(bytearray(b'abc'), m)
    for args in [(), ('x',), (b'a', 1, 2, 3, 4, 5)]:
        try:
            f(*args)
            r = 'ok'
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print('bytearray', m, len(args), r)
for call in (lambda: b'a'.find(b'a', x=1), lambda: bytearray(b'a').count(x=1), lambda: b'a'.startswith(b'a', end=1),
             lambda: b'a'.split(b'a', x=1), lambda: b'a'.decode(encoding='ascii', errors='strict', x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
print(b'ab'.decode(errors='strict'), b'ab'.decode('ascii'), b'ab'.decode(encoding='latin-1'))
