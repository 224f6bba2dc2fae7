print()
print(1, 2, 3)
print(1, 2, 3, sep='-')
print(1, 2, sep='')
print('a', 'b', end='!\n')
print('x', end='')
print('y')
print(None, True, 1.5, [1], sep=None, end=None)
print('multi', 'sep', sep=' | ')
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('to', 'file', sep='+', end='.', file=w)
print(w.parts)
print('flush', flush=True)
class S:
    def __str__(self):
        return 'S!'
print(S(), [S()] == [S()])
try:
    print(sep=1)
except TypeError as e:
    print(e)
try:
    print(end=[])
except TypeError as e:
    print(e)
try:
    print(bad=1)
except TypeError as e:
    print(e)
