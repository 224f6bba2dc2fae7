s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, 3) != slice(1, 2))
l = list(range(10))
print(l[s], l[slice(-2, None)], "abcdef"[slice(1, 4)], (1, 2, 3)[slice(None, None, -1)])
class C:
    def __getitem__(self, k):
        return k
c = C()
print(c[1:2], c[::3], c[1:2, 3], c[:, 1])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: l[::0])
t(lambda: l['a':])
t(lambda: slice())
t(lambda: s.indices(-1))
print(l[-100:100], l[100:-100:-1], l[-1:-100:-3], l[3:3], l[True:5])
print(l[10**20:], l[:-10**20], l[::10**20])
