# defining and calling functions, return values
def add(a, b):
    return a + b
def nothing():
    pass
def early(x):
    if x > 0:
        return "positive"
    return "not positive"
def multi():
    return 1, 2, 3
print(add(2, 3), add("a", "b"), add([1], [2]))
print(nothing())
print(early(5), early(-5))
print(multi())
a, b, c = multi()
print(a, b, c)
def apply(f, x):
    return f(x)
print(apply(early, 1))
g = add
print(g(10, 20), add.__name__, g.__name__)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(10), fact(0))
