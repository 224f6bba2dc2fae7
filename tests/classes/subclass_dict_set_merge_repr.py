class D(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
d = D(a=1)
def f(**kw): return kw
print(d['a'], d.get('a'), dict(d), {**d}, f(**d), list(d.items()), d, type(d.copy()).__name__)
e = {}; e.update(d); print(e)
class K(dict):
    def keys(self): return ['a']
    def __getitem__(self, k): return 'K'
k = K(a=1, b=2); print(dict(k), {**k}, f(**k))
class It(dict):
    def __iter__(self): return iter(['a'])
    def __getitem__(self, k): return 'It'
    def keys(self): return ['a']
i = It(a=1, b=2); print(dict(i), {**i}, f(**i))
class St(set): pass
class Fs(frozenset): pass
s = St([1]); s.add(2)
print(St([1]), repr(St()), Fs(), Fs([2]), [St('a')], str(Fs([3])), f'{St([4])}', s)
class R(set):
    def __repr__(self): return 'R!'
print(R([1]), set([1]), frozenset([1]), frozenset())
