# dict literals, indexing, assignment, deletion, in, len, equality
d = {"a": 1, "b": 2}
print(d, d["a"], len(d))
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, "b" in d, "a" in d, "z" not in d)
e = {}
e[1] = "int key"
e[(1, 2)] = "tuple key"
e[2.5] = "float key"
e[None] = "none key"
e[True] = "bool key overwrites 1"
print(e)
print(e[1], e[(1, 2)], e[None])
print({1: 1, 1.0: 2}, {"x": 1} == {"x": 1}, {"x": 1} == {"x": 2})
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict({"z": 0}))
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: v for k, v in [(1, 2), (3, 4)]})
