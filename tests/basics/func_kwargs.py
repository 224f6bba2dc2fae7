# **kwargs and keyword-only parameters
def opts(**kwargs):
    return kwargs
print(opts())
print(opts(a=1, b=2))
def mixed(a, b=2, *args, **kw):
    print(a, b, args, kw)
mixed(1)
mixed(1, 3, 4, 5, x=6, y=7)
mixed(a=10, b=20)
d = {"a": 1, "b": 2, "c": 3}
mixed(**d)
mixed(0, **{"z": 9})
def kwonly(a, *, key="k", flag=False):
    return a, key, flag
print(kwonly(1), kwonly(1, key="x"), kwonly(1, flag=True, key="y"))
def f(x, y):
    return x - y
print(f(**{"y": 1, "x": 10}))
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b", "c"), g("a", "b", sep="+"))
