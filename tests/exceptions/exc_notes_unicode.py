# add_note/__notes__ and the Unicode error classes.
e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
try:
    raise KeyError("k")
except KeyError as err:
    err.add_note("while looking up k")
    print(err.__notes__)

u = UnicodeDecodeError("utf-8", b"\xffabc", 0, 1, "invalid start byte")
print(str(u))
print(u.encoding, u.object, u.start, u.end, u.reason, u.args)
u = UnicodeDecodeError("utf-8", b"\xe9\xe9", 0, 2, "unexpected end of data")
print(str(u))
u = UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")
print(str(u), u.start, u.object)
u = UnicodeEncodeError("ascii", "\u20ac\U0001f600", 0, 2, "ordinal not in range(128)")
print(str(u))
u = UnicodeEncodeError("ascii", "x\U0001f600", 1, 2, "no")
print(str(u))
u = UnicodeTranslateError("\xe9", 0, 1, "no mapping")
print(str(u), u.encoding, u.reason)
u = UnicodeDecodeError("utf-8", b"ab", 0, 1, "r")
u.reason = "changed"
print(str(u))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(type(err).__name__, isinstance(err, ValueError))
print(str(UnicodeError("plain")), repr(UnicodeError()))
