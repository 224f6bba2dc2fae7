# GC rooting: the "missing required argument" TypeError formats the function
# name from a raw pointer into a movable string; under tern-stress the name
# came out empty ("() missing 1 required positional argument: 'b'").
def f(a, b): pass
def g(a, *, k): pass
def h(a, b=1, *args, c, d=2, **kw): pass
class C:
    def __init__(self, a): pass
tests = [
    lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3), lambda: f(1, c=3), lambda: g(1), lambda: g(1, 2),
]
for i, t in enumerate(tests):
    try:
        r = t()
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
