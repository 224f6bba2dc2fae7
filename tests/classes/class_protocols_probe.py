class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
class A:
    d = Desc()
a = A(); print(a.d); a.d = 5; print(a.d, type(A.d).__name__)
class GA:
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return object.__getattribute__(self, n)
g = GA(); g.x = 1; print(g.magic, g.x)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
print(Single(1) is Single(2), Single(3).v)
class Bad:
    def __init__(self): return 5
try: Bad()
except TypeError as e: print(e)
class Base:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(x): return x + 1
class Der(Base):
    @classmethod
    def make(cls): return "D" + super().make()
print(Der.make(), Der().st(1), Base.st(2))
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), range(10)[Idx()], 'abc'[Idx():])
class Seq:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1,2])))
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
    def __round__(self, n=None): return ('round', n)
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
    def __trunc__(self): return 3
    def __floor__(self): return 'floor'
    def __matmul__(self, o): return 'matmul'
    def __divmod__(self, o): return 'dm'
    def __rpow__(self, o): return 'rpow'
    def __lshift__(self, o): return 'lsh'
    def __and__(self, o): return 'and'
    def __rsub__(self, o): return 'rsub'
n = Num(1); n += 5; print(n.v, (-n).v, abs(n), ~n, +n, round(n), round(n, 2), int(n), float(n), complex(n))
import math
print(math.trunc(n), math.floor(n), n @ n, divmod(n, 1), 2 ** n, n << 1, n & 1, 5 - n)
class Eq:
    def __eq__(self, o): return True
print(Eq() == 1, Eq() != 1, 1 == Eq(), [Eq()] == [2], Eq() in [5])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'C{self.v}'
print(sorted([Cmp(3), Cmp(1)]), max(Cmp(1), Cmp(2)), Cmp(2) > Cmp(1))
from functools import total_ordering
@total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
class WithSlots:
    __slots__ = ['a']
class Sub(WithSlots): pass
s = Sub(); s.b = 2; print(s.b)
class Meta(type):
    def __repr__(cls): return f'<M {cls.__name__}>'
    def __len__(cls): return 3
    def __getitem__(cls, k): return k
    def __iter__(cls): return iter([1, 2])
class WM(metaclass=Meta): pass
print(WM, len(WM), WM['k'], list(WM), isinstance(WM, Meta), type(WM) is Meta)
X = type('X', (Base,), {'a': 1, 'f': lambda self: self.a})
print(X().f(), X.__bases__, X.__name__, X.make())
class Abstract:
    def m(self): raise NotImplementedError("sub must")
try: Abstract().m()
except NotImplementedError as e: print(e)
from abc import ABC, abstractmethod
class AB(ABC):
    @abstractmethod
    def f(self): ...
try: AB()
except TypeError as e: print(e)
class Con(AB):
    def f(self): return 1
print(Con().f(), isinstance(Con(), AB))
print(vars(a), a.__dict__, A.__dict__['d'].__class__.__name__)
print(getattr(a, 'zz', 'dflt'), hasattr(a, 'd'), setattr(a, 'q', 1), a.q, delattr(a, 'q'), hasattr(a, 'q'))
print(Der.__bases__, Der.__base__, issubclass(Der, Base), Der.mro())
class Multi(Der, Single): pass
print([c.__name__ for c in Multi.__mro__])
class AA: pass
class BB(AA): pass
class CC(AA): pass
class DD(BB, CC): pass
print([c.__name__ for c in DD.__mro__])
try:
    class Bad(AA, BB): pass
except TypeError as e: print(e)
class Prop:
    def __init__(self): self._x = 0
    x = property(lambda s: s._x, lambda s, v: setattr(s, '_x', v), None, "doc x")
p = Prop(); p.x = 9; print(p.x, Prop.x.__doc__)
class R:
    def __repr__(self): return 'R()'
print(R(), [R()], str(R()), f'{R()}', '%s' % R(), '%r' % R())
class Str:
    def __str__(self): return 'S'
print(Str(), [Str()] != None, repr(Str())[:6])
class Hsh:
    def __hash__(self): return 5
    def __eq__(self, o): return isinstance(o, Hsh)
print(len({Hsh(), Hsh()}), hash(Hsh()))
class Bo:
    def __len__(self): return 0
print(bool(Bo()), not Bo(), 'y' if Bo() else 'n')
class Dyn: pass
Dyn.m = lambda self: 'dyn'
print(Dyn().m())
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(print).__name__, type(len).__name__)
print(object.__subclasses__ if False else 1, int.__mro__, bool.__bases__)
print(isinstance(3, (int, str)), isinstance([], (list,)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
