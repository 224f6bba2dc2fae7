# StopIteration and iteration protocol edge cases
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("done")
        return self.i
it = It()
print(list(it), list(it))
it = It()
print(next(it), next(it), next(it), next(it, "end"))
try:
    next(It().__iter__().__class__())
    x = It()
    x.i = 10
    next(x)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(sum(It()), max(It()), dict(zip(It(), "abc")))
def g():
    yield from It()
    return "r"
print(list(g()))
try:
    next(iter([]))
except StopIteration as e:
    print("empty", e.args, e.value)
