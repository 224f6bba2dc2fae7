# OSError: errno/strerror/filename attributes, str, and the errno subclasses.
e = OSError(2, "No such file or directory", "foo.txt")
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
print(str(e), repr(e))
e = OSError(13, "Permission denied")
print(type(e).__name__, str(e), e.filename, e.args)
e = OSError("just a message")
print(type(e).__name__, str(e), e.errno, e.strerror, e.args)
print(repr(OSError()), str(OSError()), OSError().errno)
e = OSError(1, "Operation not permitted", "a", None, "b")
print(type(e).__name__, str(e), e.args, e.filename, e.filename2)
e = OSError(1, 2, 3, 4, 5, 6)
print(str(e), e.args, e.errno)
for code in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999):
    print(code, type(OSError(code, "x")).__name__)
print(type(OSError(2)).__name__)
e = FileNotFoundError(2, "missing", "cfg.ini")
print(str(e), e.errno, isinstance(e, OSError))
e.errno = 5
e.filename = "other"
print(str(e), e.args)
try:
    open_result = None
    raise FileExistsError(17, "File exists", "/tmp/x")
except OSError as err:
    print(type(err).__name__, err.errno, err.filename, err)


class MyIOError(OSError):
    pass


e = MyIOError(2, "custom", "path")
print(type(e).__name__, str(e), e.filename, e.args)


class WithInit(OSError):
    def __init__(self, path):
        super().__init__(2, "gone", path)
        self.extra = path.upper()


e = WithInit("p")
print(str(e), e.filename, e.extra, e.errno)
