import traceback
import sys

def fail(n):
    if n == 0:
        raise ValueError("deep")
    fail(n - 1)

try:
    fail(2)
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    print(traceback.format_exception_only(*sys.exc_info()[:2]))

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print("".join(lines).replace(__file__, "FILE"))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__, chain=False)[-1])
    print(len(traceback.format_tb(e.__traceback__)))

class MyError(Exception):
    pass

try:
    raise MyError()
except MyError:
    print(traceback.format_exc().splitlines()[-1])
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
