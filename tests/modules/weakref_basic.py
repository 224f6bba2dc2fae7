import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
a = A(1)
r = weakref.ref(a)
print(r() is a, r().n, type(r).__name__, r.__callback__)
del a
print(r())
died = []
b = A(2)
r2 = weakref.ref(b, lambda w: died.append('cb'))
b = None
print(r2(), died)
d = weakref.WeakValueDictionary()
x, y = A(3), A(4)
d['x'] = x; d['y'] = y
print(len(d), sorted(d.keys()), d['x'].n)
del x
print(len(d), list(d.keys()), 'x' in d, d.get('x', 'gone'))
k = weakref.WeakKeyDictionary()
p, q = A(5), A(6)
k[p] = 'p'; k[q] = 'q'
print(len(k), k[p])
del p
print(len(k), [v for v in k.values()])
s = weakref.WeakSet([q, y])
print(len(s), q in s)
del y
print(len(s))
class Node:
    def __init__(self, parent=None):
        self.parent = weakref.ref(parent) if parent else None
        self.children = []
root = Node(); c = Node(root); root.children.append(c)
print(c.parent() is root)
wm = weakref.WeakMethod(q.m); print(wm()())
pr = weakref.proxy(q); print(pr.n, pr.m())
fin_out = []
z = A(7)
f = weakref.finalize(z, fin_out.append, 'finalized')
print(f.alive)
del z
print(f.alive, fin_out)
for bad in (1, 'x', [], {}, (), None, object()):
    try: weakref.ref(bad)
    except TypeError as e: print(e)
print(weakref.ref(len)() is len, weakref.ref(A)() is A)
def fn(): pass
fr = weakref.ref(fn); print(fr() is fn, hash(fr) == hash(fn), fr == weakref.ref(fn))
# many referents dying and surviving across collections (moves)
keep = [A(i) for i in range(50)]
refs = [weakref.ref(o) for o in keep] + [weakref.ref(A(-1)) for i in range(50)]
junk = [[i] * 10 for i in range(200)]
gc.collect()
print(sum(1 for r in refs if r() is not None), [r().n for r in refs[:5]], refs[60]())
keep = keep[::2]
print(sum(1 for r in refs if r() is not None))
cache = weakref.WeakValueDictionary()
for i in range(20):
    o = A(i)
    cache[i] = o
print(len(cache), list(cache.keys()))
