# sort and sorted: key, reverse, stability
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted([3.5, -1, 2]), sorted("hello"), sorted((3, 1, 2)))
print(sorted({"b": 1, "a": 2}))
e = []
e.sort()
print(e, sorted([]))
nums = list(range(20, 0, -3))
nums.sort(key=lambda n: n % 4)
print(nums)
