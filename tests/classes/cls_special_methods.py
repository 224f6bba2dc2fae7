# Dunder protocols and their fallbacks and error messages.
import math


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) != EqOnly(1))


class Hashable(EqOnly):
    def __hash__(self):
        return hash(self.v)


print(hash(Hashable(5)) == hash(5), len({Hashable(1), Hashable(1), Hashable(2)}))


class ReEq(Hashable):
    def __eq__(self, other):
        return False


try:
    hash(ReEq(1))
except TypeError as e:
    print("TypeError:", e)


class NoHash:
    __hash__ = None


try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


class B:
    pass


for expr in ("A() < B()", "A() <= 1", "1 > A()", "'x' >= A()", "A() < A()"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
print(A() == A(), A() != A(), A() == 1)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    __hash__ = object.__hash__


m1, m2 = Money(100), Money(250)
print(m1 < m2, m2 > m1, m1 == Money(100), m1 != m2, sorted([m2, m1])[0].cents)
try:
    m1 <= m2
except TypeError as e:
    print("TypeError:", e)
try:
    m1 < 5
except TypeError as e:
    print("TypeError:", e)


# reflected comparison of a subclass is tried first
class Base:
    def __eq__(self, other):
        return "Base.__eq__"


class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"


print(Base() == Derived(), Derived() == Base())


# __bool__ and __len__
class Empty:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


print(bool(Empty()), bool(Truthy()), bool(A()), not Empty(), "yes" if Truthy() else "no")
for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(A())
except TypeError as e:
    print("TypeError:", e)


# __index__, __int__, __float__, numeric hooks
class Idx:
    def __index__(self):
        return 2


lst = ["a", "b", "c", "d"]
print(lst[Idx()], lst[:Idx()], bin(Idx()), hex(Idx()), oct(Idx()), range(Idx()), "xyz"[Idx()])
print(operator_index := Idx().__index__())


class Num:
    def __round__(self, n=None):
        return ("round", n)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __abs__(self):
        return "abs"

    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


n = Num()
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n), int(n), float(n))
try:
    round(A())
except TypeError as e:
    print("TypeError:", e)


# __reversed__, __contains__ and iteration fallbacks
class Rev:
    def __reversed__(self):
        return iter("cba")


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class It:
    def __iter__(self):
        return iter([1, 2, 3])


print(list(reversed(Rev())), list(reversed(Seq())), list(Seq()), 20 in Seq(), 25 in Seq())
print(2 in It(), 5 in It(), sorted(It(), reverse=True), max(It()), sum(Seq()))
try:
    3 in A()
except TypeError as e:
    print("TypeError:", e)
try:
    iter(A())
except TypeError as e:
    print("TypeError:", e)


# in-place operators fall back to the binary ones
class Vec:
    def __init__(self, *c):
        self.c = c

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __repr__(self):
        return "Vec%r" % (self.c,)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self


v = Vec(1, 2)
w = v
v += Vec(3, 4)
print(v, w, v is w, 3 * v, v * 2)
acc = Acc()
keep = acc
acc += 5
acc += 6
print(acc.items, acc is keep)
try:
    x = A()
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
try:
    -A()
except TypeError as e:
    print("TypeError:", e)


# __call__, __getitem__/__setitem__/__delitem__, __missing__
class Table:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __call__(self, *a, **kw):
        return a, sorted(kw.items())


t = Table()
t["a"] = 1
t[1, 2] = "tuple key"
print(t["a"], t[1, 2], t(1, x=2))
del t["a"]
print(t.d)


class Defaulting(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value


d = Defaulting(a=1)
print(d["a"], d["hello"], d, d.get("zz"), "zz" in d)


# staticmethod and classmethod objects, properties with deleters
class Tools:
    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def name(cls):
        return cls.__name__

    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x

    @v.deleter
    def v(self):
        print("deleting v")
        del self._v


class SubTools(Tools):
    pass


tt = Tools()
print(Tools.double(2), tt.double(3), Tools.__dict__["double"](4), staticmethod(len)("abc"))
print(Tools.name(), SubTools.name(), SubTools().name())
tt.v = 9
print(tt.v)
del tt.v
print(hasattr(tt, "_v"))
try:
    tt.v
except AttributeError as e:
    print("AttributeError")


class ReadOnly:
    @property
    def x(self):
        return 1


try:
    ReadOnly().x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del ReadOnly().x
except AttributeError as e:
    print("AttributeError:", e)


# class decorators
def register(cls):
    cls.registered = True
    return cls


def add_repr(cls):
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())))
    cls.__repr__ = __repr__
    return cls


@register
@add_repr
class Conf:
    def __init__(self, **kw):
        self.__dict__.update(kw)


print(Conf(b=2, a="x"), Conf.registered)
