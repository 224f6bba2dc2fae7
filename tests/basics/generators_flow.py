def g2(n):
    for i in range(n):
        if i % 2:
            continue
        yield i * i
print(list(g2(7)))
def g3():
    r = yield from g2(4)
    print("r", r)
    yield "end"
print(list(g3()))
def g4():
    with open_cm() as x:
        yield x
class open_cm:
    def __enter__(self): return "res"
    def __exit__(self, *a): print("exit", a[0]); return False
print(list(g4()))
def g5():
    x = 0
    while True:
        got = yield x
        if got is None:
            return
        x += got
g = g5(); next(g); print(g.send(5), g.send(6))
gen = (i for i in range(3))
print(next(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def nested_gen():
    def inner():
        yield from [1, 2]
    yield from inner()
    yield [x for x in inner()]
print(list(nested_gen()))
lam = lambda: (yield 5)
print(list(lam()))
def retfin():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "never"
print(retfin())
def brk_fin():
    for i in range(3):
        try:
            pass
        finally:
            break
    return i
print(brk_fin())
def fin_override():
    try:
        return 1
    finally:
        return 2
print(fin_override())
def exc_var_scope():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "unbound"
print(exc_var_scope())
