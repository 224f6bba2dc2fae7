print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all('abc'), any(''), all(x > 0 for x in [1, 2]) if False else True, any({0: 1}), all({1, 2}))
calls = []
def f(x):
    calls.append(x)
    return x
class It:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(any(map(f, [0, 1, 2])), calls)
print(all(map(f, [1, 0, 2])), calls)
print(all(It([1, 1])), any(It([])))
try:
    all(5)
except TypeError as e:
    print(e)
