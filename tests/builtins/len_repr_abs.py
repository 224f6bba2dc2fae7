print(len([1, 2]), len(()), len('héllo'), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b'ab'))
class L:
    def __len__(self):
        return 7
print(len(L()))
print(repr(1), repr('a'), repr([1, 'a']), repr(None), repr(1.0), repr((1,)))
print(ascii('abc'), ascii('é'), ascii('日本'), ascii([1, 'ü']), ascii('\U0001F600'))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(True), abs(-10**30), abs(-0.0))
class A:
    def __abs__(self):
        return 'abs!'
print(abs(A()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: len(5))
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: abs('x'))
t(lambda: repr())
t(lambda: len(iter([])))
