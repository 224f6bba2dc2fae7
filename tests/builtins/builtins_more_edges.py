# More builtins: print to files, iter with a sentinel, zip strict, type() paths.
import sys


class Sink:
    def __init__(self):
        self.parts = []
        self.flushed = 0

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.flushed += 1


s = Sink()
print("a", 1, None, sep="|", end="#", file=s)
print(file=s)
print("x", file=s, flush=True)
print(s.parts, s.flushed)
print("to stdout", file=None)
print("", end="")
print()
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=b"")
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)

# iter(callable, sentinel)
data = [3, 2, 1, 0, 7]
it = iter(lambda: data.pop(0), 0)
print(list(it), data)
counter = iter(range(10)).__next__
print(list(iter(counter, 5)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)

# zip, map, filter, enumerate
print(list(zip()), list(zip("ab")), list(zip("abc", range(2))))
print(list(zip("ab", "cd", strict=True)))
for args in (("ab", "c"), ("a", "bc"), ("ab", "cd", "e")):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1], [2], [3])))
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
print(list(filter(str.isdigit, "a1b2")), list(enumerate([], 3)), list(enumerate("xy", start=-1)))
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))

# min/max/sorted corner cases
print(max([3, 1], default=0), min((), default="empty"), max("a", "B", key=str.lower))
print(min([[2, 1], [1, 5]]), max({1: "a", 2: "b"}), sorted({3: 1, 1: 2}), sorted("Hello", key=str.lower))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(sorted([5, 3, 9], reverse=1), sorted(range(5), key=lambda x: -x)[:2])
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, key=None, default=3)
except TypeError as e:
    print("TypeError:", e)

# sum, round, pow, divmod, abs
print(sum([]), sum([1.5, 2]), sum([[1], [2, 3]], []), sum(x * x for x in range(4)), sum([True, True]))
print(round(0.5), round(1.5), round(-1.5), round(2.5, 0), round(123.456, -1), round(7, -1), round(15, -1))
print(pow(2, 100) % 1000, pow(-2, 3), pow(2, -2), pow(10, 3, 7), pow(-3, 3, 5), pow(3, -2, 11))
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print("TypeError:", e)
print(divmod(-7, 3), divmod(7, -3), divmod(-7.5, 2), abs(-0.0), abs(-10 ** 20))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# hash of unhashables, id, callable
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), hash(None) == hash(None))
print(callable(print), callable(str.upper), callable([].append), callable(3), callable(type))

# getattr/setattr/delattr/hasattr
class O:
    pass


o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "y", None), hasattr(o, "x"), hasattr(o, "y"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)

# eval / exec / compile with namespaces
g = {"x": 2}
loc = {"y": 3}
print(eval("x * y", g, loc), eval("[x for _ in range(2)]", g))
exec("z = x + y\nw = [z] * 2", g, loc)
print(sorted(loc.items()), "z" in g)
exec("def f(a):\n    return a + x\n", g)
print(g["f"](5))
code = compile("a = 1\nb = a + 1", "<cfg>", "exec")
ns = {}
exec(code, ns)
print(ns["b"], type(code).__name__)
print(eval(compile("3 * 4", "<e>", "eval")))
exec(compile("print('single', 1 + 1)", "<s>", "single"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    eval("undefined_name_q")
except NameError as e:
    print("NameError:", e)
print(eval("__name__"), eval("len('abc')", {}))

# type() and isinstance paths
print(type(1) is int, type("s")(5), type(type), type(None)(), type(Ellipsis).__name__)
MyT = type("MyT", (object,), {"hello": lambda self: "hi", "n": 3})
print(MyT().hello(), MyT.n, MyT.__name__, MyT.__bases__, type(MyT()) is MyT)
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, (str, (bytes, (int,)))), isinstance([], (tuple, dict)), issubclass(bool, (list, int)))
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(int.__call__("12"), type.__call__(list, "ab"), str.__new__(str, 5))
