# super(): zero-argument and explicit, cooperative multiple inheritance
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "made " + cls.__name__
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")
    def hello(self):
        return "Both>" + super().hello()
    @classmethod
    def make(cls):
        return "Both:" + super().make()
b = Both()
print(b.log)
print(b.hello())
print(Both.make(), Left.make())
print(super(Left, b).hello())
print(super(Both, b).hello())
class Explicit(Base):
    def hello(self):
        return "E>" + super(Explicit, self).hello()
print(Explicit().hello())
class WithClosure(Base):
    def hello(self):
        def inner():
            return "inner"
        return inner() + super().hello()
print(WithClosure().hello())
class Deep(Both):
    def hello(self):
        return "Deep>" + super().hello()
print(Deep().hello())
class N:
    def __init__(self, v):
        self.v = v
class M(N):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
m = M(1, 2)
print(m.v, m.w)
print(isinstance(super(M, m), super))
