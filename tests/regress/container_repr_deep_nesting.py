# tern: heapsize=4m
# repr/str/== of containers nested a few hundred levels deep works in CPython
# (limit ~1000); Tern raised RecursionError past ~100 levels.
l = []
for _ in range(300):
    l = [l]
print(len(str(l)))
d = {}
for _ in range(300):
    d = {"k": d}
print(len(repr(d)))
t = ()
for _ in range(300):
    t = (t,)
print(len(repr(t)), t == t)
