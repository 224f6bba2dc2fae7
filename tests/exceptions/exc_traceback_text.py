# The text of formatted tracebacks: chaining messages and notes (lines that
# are not indented, so file paths and source lines are left out).
import traceback


def show(e):
    text = "".join(traceback.format_exception(e))
    for line in text.splitlines():
        if not line.startswith(" "):
            print(repr(line))
    print("--")


def divide(a, b):
    return a / b


try:
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("bad ratio") from e
except ValueError as e:
    show(e)

try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    show(e)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden context") from None
except TypeError as e:
    show(e)

try:
    raise OSError(2, "No such file", "data.txt")
except OSError as e:
    e.add_note("while loading config")
    show(e)


class Quiet(Exception):
    def __str__(self):
        return ""


try:
    raise Quiet("ignored")
except Quiet as e:
    show(e)

try:
    try:
        raise RuntimeError("first")
    except RuntimeError as first:
        try:
            raise RuntimeError("second")
        except RuntimeError:
            raise RuntimeError("third") from first
except RuntimeError as e:
    show(e)
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
