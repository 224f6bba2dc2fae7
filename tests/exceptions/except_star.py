def run(exc):
    try:
        try:
            raise exc
        except* ValueError as eg:
            print('V', repr(eg))
        except* TypeError as eg:
            print('T', repr(eg), eg.exceptions)
        except* (KeyError, IndexError) as eg:
            print('KI', repr(eg))
        print('after')
    except BaseException as e:
        print('escaped', type(e).__name__, repr(e))
run(ExceptionGroup('grp', [ValueError(1), TypeError(2)]))
run(ExceptionGroup('grp', [ValueError(1), OSError(2)]))
run(ValueError('naked'))
run(OSError('naked unmatched'))
run(ExceptionGroup('g', [KeyError('k'), ExceptionGroup('inner', [IndexError(0), ValueError(5)])]))
def raiser():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
    except* TypeError:
        raise
try: raiser()
except ExceptionGroup as e: print('outer', repr(e), [repr(x) for x in e.exceptions])
def bare():
    try:
        raise ValueError('x')
    except* ValueError:
        raise
try: bare()
except ExceptionGroup as e: print("bare", repr(e))
try: pass
except ValueError as e: print('bare', repr(e))
try:
    raise ExceptionGroup('g', [ValueError(1)])
except* ValueError as e:
    import sys
    print(repr(sys.exception()) if hasattr(sys, 'exception') else '', e is sys.exc_info()[1])
else:
    print('else?')
finally:
    print('finally')
try:
    pass
except* ValueError:
    print('no')
else:
    print('else ran')
for i in range(2):
    try:
        raise ExceptionGroup('g', [ValueError(i)])
    except* ValueError as e:
        print('loop', i, e.exceptions)
try:
    try: raise ExceptionGroup('g', [ValueError(1)])
    except* ExceptionGroup: pass
except TypeError as e: print('TE', e)
print(e if 'e' in dir() else 'e cleared')
