# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def gen():
    it = iter([1, 2])
    while True:
        yield next(it)

try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def g2():
    yield 1
    raise StopIteration("x")

g = g2()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration as e:
    print("StopIteration leaked", e)
