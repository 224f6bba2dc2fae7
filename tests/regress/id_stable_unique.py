# tern: heapsize=2m
# id() stays the same for an object's whole life although the collector
# moves objects, and two live objects never share one.
objs = [[i] for i in range(300)] + [{"k": i} for i in range(100)] + [(i, str(i)) for i in range(100)]
ids = [id(o) for o in objs]
junk = []
for i in range(20000):            # plenty of allocation: collections move everything
    junk.append(str(i) * 3)
    if len(junk) > 500:
        junk = []
print(ids == [id(o) for o in objs], len(set(ids)) == len(ids))
memo = {id(o): o for o in objs}
for _ in range(3):
    junk = [bytes(100) for _ in range(2000)]
print(all(memo[id(o)] is o for o in objs))
a = []; b = []
print(id(a) != id(b), id(a) == id(a), id(None) == id(None), id(1) == id(1))
import copy
nested = {"a": [1, [2, [3]]], "b": ({"c": 4},)}
nested["self"] = nested
c = copy.deepcopy(nested)
print(c["self"] is c, c["a"] == nested["a"], c["a"] is not nested["a"])
