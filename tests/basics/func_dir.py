def f(a: int = 1, *, b=2) -> None:
    'doc'
print(dir(f))
print(type(f.__builtins__).__name__, f.__builtins__['len'] is len, f.__annotations__)
g = lambda: 0
print(sorted(set(dir(g)) - set(dir(object))))
