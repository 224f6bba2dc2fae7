it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
it = iter((1, 2))
print(list(it), list(it))
print(list(iter('héllo')), list(iter(b'ab')))
d = {'a': 1, 'b': 2}
it = iter(d)
print(next(it), list(it))
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq())
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Rev())), list(reversed('xyz')), list(reversed((1, 2, 3))))
class MyRev:
    def __reversed__(self):
        return iter([9, 8])
print(list(reversed(MyRev())))
it = iter([1, 2, 3])
print(2 in it, list(it))
it = iter([5, 6])
print(it.__next__(), iter(it) is it)
e = enumerate('ab')
print(next(e), list(e))
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    print(x, end=' ')
print()
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(zip()), list(zip([1, 2])), list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2])))
