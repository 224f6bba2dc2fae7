# function objects: attributes
def f(a, b=2, *, c=3):
    "f doc"
    return a + b + c
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
f.tag = "t"
print(f.tag, f.__dict__)
f.__defaults__ = (10,)
print(f(1))
def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__dict__)
g.__name__ = "renamed"
print(g.__name__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__)
def outer():
    y = 1
    def inner():
        return y
    return inner
i = outer()
print(i.__qualname__, len(i.__closure__), i.__closure__[0].cell_contents)
print(f.__code__.co_name, f.__code__.co_argcount)
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
class C:
    def m(self):
        pass
print(C.m.__qualname__, C().m.__name__)
