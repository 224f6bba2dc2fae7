# enumerate, zip, map, filter, list()
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 1)))
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], [4, 5])))
print(list(zip()), list(zip([1], [2], [3])))
names = ["a", "b"]
ages = [1, 2]
print(dict(zip(names, ages)))
for (i, n), a in zip(enumerate(names), ages):
    print(i, n, a)
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x", None, []])))
e = enumerate("hi")
print(next(e), next(e))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
