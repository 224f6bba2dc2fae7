from abc import ABC, abstractmethod, ABCMeta
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Sq(3).describe(), isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Plugin(metaclass=ABCMeta):
    pass
Plugin.register(int)
print(isinstance(3, Plugin), issubclass(bool, Plugin), isinstance("x", Plugin))
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed KeyError")
with swallow():
    {}["x"]
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
class Buf:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
b = Buf()
with redirect_stdout(b):
    print("captured!")
print(repr("".join(b.data)))
@tag("deco")
def f():
    print("in f")
