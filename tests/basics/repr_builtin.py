# repr() of built-in values
print(repr(1), repr(-1), repr(1.5), repr(True), repr(None))
print(repr("abc"), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr(""))
print(repr("new\nline"), repr("tab\t"), repr("\x00\x7f"), repr("é"))
print(repr([1, "a", None]), repr((1,)), repr(()), repr({"k": [1, 2]}), repr([]), repr({}))
print(repr([[]]), repr(((1, 2),)), repr({1: {2: 3}}))
print(repr(range(3)), repr(range(1, 5, 2)))
s = [1]
s.append(s)
print(repr(s))
d = {}
d["self"] = d
print(d)
