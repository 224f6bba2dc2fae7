# __str__ and __repr__
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s, %s>" % (self.x, self.y)
v = V(1, "a")
print(v)
print(str(v), repr(v))
print([v, v])
print("value: " + str(v))
print(f"{v} {v!r}")
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
o = OnlyRepr()
print(o, str(o), [o])
class Plain:
    pass
print(str(Plain()).startswith("<"), repr(Plain()).endswith(">"))
