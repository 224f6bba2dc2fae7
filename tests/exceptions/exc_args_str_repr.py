# args, str() and repr() of exceptions
for e in [ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None),
          KeyError("k"), KeyError(), KeyError(1, 2), IndexError(3), Exception([1, 2]),
          TypeError(""), RuntimeError(("t",)), StopIteration(5)]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
e.args = [1]
print(repr(e), e.args)
print(str(KeyError("a b")), repr(KeyError("a'b")))
print("%s / %r" % (ValueError("v"), ValueError("v")))
print(f"{IndexError('i')!r} {IndexError('i')}")
class MyErr(Exception):
    pass
print(repr(MyErr("m")), str(MyErr("m", 1)), MyErr().args)
