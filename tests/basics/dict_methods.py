# dict methods
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.pop("zz", "default"))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"a": -1, "new": 5})
print(d)
d.update(x=7)
d.update([("y", 8)])
print(d)
c = d.copy()
c["copy"] = True
print(len(d), len(c))
print(d.popitem(), len(d))
k = d.keys()
d["late"] = 1
print("late" in k, len(k))
d.clear()
print(d, len(d))
print(dict.fromkeys(["p", "q"], 0))
print("a" in {"a": None}, {"a": None}.get("a", "x"))
