# throw() and close() on a generator suspended in `yield from` go to the
# delegate first (PEP 380); a delegate that is not a generator too.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner done"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
    except KeyError as e:
        print("outer caught", repr(e))
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))

g = outer()
print(next(g))
print(g.throw(KeyError("k")))

g = outer()
next(g)
g.close()
print("closed")

class Delegate:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(self.n)
        return self.n
    def send(self, v):
        print("send", v)
        return self.__next__()
    def throw(self, e):
        print("delegate throw", type(e).__name__)
        raise StopIteration("from throw")
    def close(self):
        print("delegate close")

def over():
    r = yield from Delegate()
    print("over result", r)
    yield "tail"

g = over()
print(next(g), g.send("x"))
print(g.throw(RuntimeError("r")))
g = over()
next(g)
g.close()

class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1

def over2():
    try:
        yield from NoThrow()
    except IndexError:
        print("raised in delegating frame")
        yield "ok"
g = over2()
next(g)
print(g.throw(IndexError))
