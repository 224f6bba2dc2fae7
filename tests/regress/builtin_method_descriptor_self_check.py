# Calling a built-in type's method through the class with a wrong-typed self
# must raise TypeError (Tern segfaulted: no self type check).
tests = [
    lambda: sorted(["b", None, "A"], key=str.lower),
    lambda: list(map(str.strip, [" a ", 5])),
    lambda: list.append(1, 2),
    lambda: str.upper(None),
    lambda: dict.get(None, 1),
    lambda: dict.keys(5),
    lambda: float.is_integer(1),
    lambda: int.bit_length("x"),
    lambda: tuple.count([], 1),
    lambda: set.add([], 1),
    lambda: str.join(1, []),
    lambda: list.__len__(()),
]
for t in tests:
    try:
        print("OK", t())
    except TypeError as e:
        print("TypeError", e)
