# Unpacking a non-iterable names the type the way CPython does.
for src in ["a, b = 1", "a, *b = 1", "a, b = None", "[a] = 3.5", "a, b = print"]:
    try:
        exec(src)
    except TypeError as e:
        print(src, "->", e)
class It:
    def __iter__(self): return iter([1, 2])
class Gi:
    def __getitem__(self, i):
        if i < 2: return i * 10
        raise IndexError
a, b = It(); c, d = Gi()
print(a, b, c, d)
