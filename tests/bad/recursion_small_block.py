# tern: heapsize=48k
# Runaway recursion in a small block: values and frame records share one
# region of the block (a twelfth of it); when they meet, RecursionError,
# which can be caught, and the VM goes on.
import sys

def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError:
    print("plain")

def g(a, b=2, *args, c=3, **kw):
    return g(a, b, *args, c=c, **kw)

try:
    g(1, 2, 3, 4, 5, x=1)
except RecursionError:
    print("keywords and *args")

def many(n):
    a = b = c = d = e = g = h = i = j = k = n
    return [a, b, c, d, e, g, h, i, j, k, many(n + 1)]

try:
    many(0)
except RecursionError:
    print("many locals")

def catcher(n):
    try:
        return catcher(n + 1)
    except RecursionError:
        return n

print("caught deep down", catcher(0) > 5)

def via_map(n):
    return sum(map(via_map, [n + 1]))

try:
    via_map(0)
except RecursionError:
    print("through a builtin")

class R:
    def __repr__(self):
        return repr(self)

try:
    repr(R())
except RecursionError:
    print("through __repr__")

class Meta(type):
    pass

def deep_class(n):
    class C(metaclass=Meta):
        x = deep_class(n + 1)
    return C

try:
    deep_class(0)
except RecursionError:
    print("through class bodies")

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(10), sys.getrecursionlimit() >= 20)
