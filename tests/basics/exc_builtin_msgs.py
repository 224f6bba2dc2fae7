# built-in exceptions and CPython's messages for the common cases
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: {}["missing"])
show(lambda: {1: 2}[3])
show(lambda: [1, 2, 3][10])
show(lambda: (1,)[5])
show(lambda: "abc"[9])
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: len(5))
show(lambda: int("xyz"))
show(lambda: int("12a"))
show(lambda: float("nope"))
show(lambda: None.attr)
show(lambda: (1).nothing)
show(lambda: undefined_name)
show(lambda: [1, 2].remove(3))
show(lambda: [].pop())
show(lambda: [1].index(2))
show(lambda: "abc".index("z"))
nothing, five = None, 5
show(lambda: nothing())
show(lambda: five())
show(lambda: [1, 2] < 3)
show(lambda: "x" * "y")
def two(a, b):
    return a
show(lambda: two(1))
show(lambda: two(1, 2, 3))
show(lambda: two(1, c=2))
class C:
    pass
show(lambda: C().missing)
a, b = 1, 2
def unpack():
    x, y = [1, 2, 3]
show(unpack)
def unpack2():
    x, y, z = (1, 2)
show(unpack2)
