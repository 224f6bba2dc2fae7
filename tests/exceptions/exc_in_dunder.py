# exceptions raised inside dunder methods propagate unchanged
class Bad:
    def __eq__(self, o):
        raise ValueError("eq")
    def __hash__(self):
        raise KeyError("hash")
    def __len__(self):
        raise IndexError("len")
    def __iter__(self):
        raise TypeError("iter")
    def __repr__(self):
        raise RuntimeError("repr")
    def __getattr__(self, n):
        raise ZeroDivisionError("getattr " + n)
    def __lt__(self, o):
        raise ArithmeticError("lt")
    def __add__(self, o):
        raise OverflowError("add")
    def __bool__(self):
        raise NotImplementedError("bool")
b = Bad()
tests = [lambda: b == 1, lambda: hash(b), lambda: {b: 1}, lambda: len(b), lambda: list(b),
         lambda: repr(b), lambda: str(b), lambda: [b].__repr__(), lambda: b.missing,
         lambda: b < 1, lambda: sorted([b, b]), lambda: b + 1, lambda: bool(b),
         lambda: 1 if b else 2, lambda: b in [1, 2], lambda: [1, b].index(b)]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print(hasattr(Bad(), "zz") if False else "skip")
class Stop:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("in next")
try:
    for x in Stop():
        pass
except ValueError as e:
    print("ValueError", e)
