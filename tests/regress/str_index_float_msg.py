# Indexing a str with a non-integer: CPython's message.
s, f, k = "abc", 1.5, "x"
for t in [lambda: s[f], lambda: s[k], lambda: [1][f]]:
    try:
        t()
    except TypeError as e:
        print(e)
