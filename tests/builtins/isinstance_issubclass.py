class A: pass
class B(A): pass
class C: pass
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance('a', (int, str)), isinstance(1.0, (int, (str, float))))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(C(), ()), isinstance([], object))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(int, (str, object)), issubclass(A, A))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
print(isinstance({}, dict), isinstance(set(), frozenset), isinstance(range(1), range), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(A, type), isinstance(len, object))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1, (int, 1)))
