# for over dicts: keys in insertion order, items, values
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for v in d.values():
    print(v)
d["zero"] = 0
print(list(d))
del d["two"]
print(list(d.keys()))
d["two"] = 22
print(list(d.items()))
total = 0
for k in {}:
    total += 1
print(total)
