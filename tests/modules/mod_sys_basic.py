# the sys module
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.path).__name__)
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1, sys.byteorder in ("little", "big"))
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.version).__name__)
print(sys.platform == "linux" or sys.platform != "linux")
print(type(sys.implementation.name).__name__)
n = sys.stdout.write("written\n")
print(n)
sys.stdout.flush()
print(hasattr(sys.stderr, "write"), callable(sys.exit))
print(sys.getrecursionlimit() > 50)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
print(sys.modules["sys"] is sys)
print(sys.intern("abc") == "abc")
print("x", file=sys.stdout)
print("to stderr", file=sys.stderr)
