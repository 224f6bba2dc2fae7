# name resolution: local, enclosing, global, builtin
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    def inner():
        return x
    x = "enclosing"
    return inner()
print(f(), g(), h(), x)
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
def unbound():
    try:
        print(y)
    except NameError as e:
        print("NameError", e)
    y = 1
unbound()
