# changing classes after creation: methods and dunders added later
class C:
    def __init__(self, v):
        self.v = v
c = C(3)
def double(self):
    return self.v * 2
C.double = double
print(c.double())
C.__repr__ = lambda self: "C<%d>" % self.v
print(repr(c), c)
C.__len__ = lambda self: self.v
print(len(c), bool(C(0)))
C.__eq__ = lambda self, o: self.v == o.v
print(c == C(3), c != C(4))
C.__add__ = lambda self, o: C(self.v + o.v)
print(c + C(4))
C.__getitem__ = lambda self, i: i * self.v
print(c[5])
C.__iter__ = lambda self: iter(range(self.v))
print(list(c))
C.__call__ = lambda self, x: x + self.v
print(c(10))
del C.double
print(hasattr(c, "double"))
class D(C):
    pass
print(D(2) + D(5), D(7)[2])
C.counter = 0
C.counter += 1
print(C.counter, D.counter)
