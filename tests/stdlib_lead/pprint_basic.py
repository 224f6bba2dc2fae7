import pprint

data = {"name": "tern", "versions": list(range(30)), "nested": {"z": [1, 2, {"deep": ("a", "b")}], "a": None},
        "tuple1": (1,), "set": {3, 1, 2}, "fs": frozenset({"x"}), "empty": {}, "long": "word " * 30}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
pprint.pprint(list(range(100)), compact=True)
pprint.pprint([[1, 2, 3]] * 10, width=30)
print(pprint.pformat({"b": 1, "a": 2}))
pprint.pp({"b": 1, "a": 2})
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable([1, "x"]), pprint.saferepr({"k": [1]}))
pprint.pprint("a long string " * 10)
pprint.pprint({"key": "a long string " * 10})
pprint.pprint([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(6)])
class P:
    def __repr__(self): return "P()"
pprint.pprint({"obj": P(), "objs": [P()] * 30})
pprint.pprint(12345678901234567890, underscore_numbers=True)
