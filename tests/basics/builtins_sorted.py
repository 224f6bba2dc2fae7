# sorted on many kinds of iterables, and reversed
print(sorted([3, 1, 2]), sorted((9, 7, 8)), sorted("tern"), sorted({3: "c", 1: "a"}))
print(sorted(range(5, 0, -1)), sorted([2.5, 1, -3]), sorted(["b", "A", "a", "B"]))
print(sorted([[2, 1], [1, 2], [1, 1]]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
orig = [3, 2, 1]
s = sorted(orig)
print(orig, s, s is orig)
