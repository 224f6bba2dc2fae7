# identity hashes of instances, classes and functions must survive
# collections (objects move in Tern's heap)
class K:
    def __init__(self, i):
        self.i = i
objs = [K(i) for i in range(200)]
d = {}
for o in objs:
    d[o] = o.i
s = set(objs)
junk = []
for r in range(50):
    junk.append([str(i) * 3 for i in range(100)])
    junk = junk[-5:]
print(all(d[o] == o.i for o in objs), all(o in s for o in objs), len(d), len(s))
print(K(1) in s)
classes = {}
for i in range(30):
    C = type("C%d" % i, (), {})
    classes[C] = i
junk = [[0] * 1000 for _ in range(20)]
print(sorted(classes[c] for c in classes)[:5], all(classes[c] == int(c.__name__[1:]) for c in classes))
def f(): pass
def g(): pass
fd = {f: "f", g: "g"}
junk = [list(range(100)) for _ in range(50)]
print(fd[f], fd[g], hash(f) == hash(f))
e1 = ValueError("x")
ed = {e1: 1}
junk = [list(range(100)) for _ in range(50)]
print(ed[e1], hash(object()) != None)
o = object()
h = hash(o)
junk = [list(range(100)) for _ in range(50)]
print(hash(o) == h)
