# nonlocal rebinds a variable of an enclosing function
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(10))
def outer():
    x = 1
    def middle():
        nonlocal x
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
    middle()
    return x
print(outer())
def no_nonlocal():
    y = 1
    def inner():
        y = 2
        return y
    inner()
    return y
print(no_nonlocal())
def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    add(1)
    add(2)
    add(3)
    return total, items
print(accumulate())
