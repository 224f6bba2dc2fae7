class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)

with CM("s", True):
    raise ValueError("x")
print("after suppress")

try:
    with CM("n"):
        raise KeyError("y")
except KeyError as e:
    print("propagated", e)

def f():
    with CM("r"):
        return 42
print(f())

def g():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
            continue
    return i
print(g())

with (CM("p1") as p, CM("p2")):
    print("paren", p.name)
with (CM("single")):
    pass
