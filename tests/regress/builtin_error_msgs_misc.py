# Assorted builtin error messages that differ from CPython's.
s = "a"
for t in [lambda: divmod(s, 1), lambda: ",".join(5), lambda: s.count(), lambda: str(1, 2)]:
    try:
        t()
    except TypeError as e:
        print(e)
print(int("١٢٣"), float("١٫٥".replace("٫", ".")))   # Unicode decimal digits
