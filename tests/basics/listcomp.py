# list comprehensions, with conditions and nesting
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"])
print([[i * j for j in range(3)] for i in range(3)])
print([x if x % 2 else -x for x in range(5)])
words = ["apple", "bob", "kayak", "tern"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words])
x = "outer"
print([x for x in "ab"], x)
print(sum([i for i in range(101)]))
print({x % 3 for x in range(10)} == {0, 1, 2})
print({k: k * k for k in range(4)})
print([(a, b) for a, b in zip("xy", [1, 2])])
print(list(x * 2 for x in range(3)))
