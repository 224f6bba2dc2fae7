# __cause__, __context__, __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("no ctx") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = None
print(e.__context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError", err)
def f():
    try:
        raise OSError("inner")
    finally:
        pass
try:
    try:
        f()
    except OSError as x:
        raise
except OSError as y:
    print("reraised", y, y.__context__)
