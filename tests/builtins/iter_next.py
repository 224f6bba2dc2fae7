it = iter([10, 20])
print(next(it), next(it), next(it, 'end'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('stop', e.args)
class C:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(C()), next(iter(C())))
vals = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(vals), None)))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: next(5))
t(lambda: next([1]))
t(lambda: iter())
t(lambda: iter(5))
t(lambda: iter([], 1))
t(lambda: next())
