# tuples
t = (1, 2, 3)
print(t, t[0], t[-1], len(t))
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple([4, 5]), tuple("ab"))
print(1 in t, 5 in t, t.index(2), (1, 1, 2).count(1))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) != (2, 1))
x = 1, 2
print(x, type(x).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin"}
print(d[(0, 0)], d[0, 0])
print(max((3, 1, 2)), min(("b", "a")), sum((1, 2, 3)))
