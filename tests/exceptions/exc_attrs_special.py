# attributes of specific exception types
print(StopIteration().value, StopIteration(3).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(2).code, SystemExit("bye").code, SystemExit(1, 2).code)
e = OSError(2, "No such file")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(13, "Denied", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError("just a message")
print(type(e).__name__, e.errno, e.strerror, str(e))
e = FileNotFoundError(2, "gone")
print(e.errno, str(e), isinstance(e, OSError))
e = SyntaxError("bad thing", ("f.py", 3, 7, "x = = 1\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), str(e))
e = SyntaxError("just msg")
print(e.msg, e.filename, e.lineno, str(e))
e = ImportError("cannot", name="mod")
print(e.name, e.path, e.msg, str(e))
e = ModuleNotFoundError("No module named 'x'", name="x")
print(e.name, str(e), isinstance(e, ImportError))
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as s:
    print("value", s.value)
e = KeyError("k")
e.note = 1
print(e.note)
