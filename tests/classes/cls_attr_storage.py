# Instance attributes across the ways Tern stores them: values only (names
# shared by the class) while instances set the same names in the same
# order, a dict of their own otherwise. Every path must behave like a dict.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


ps = [P(i, -i) for i in range(6)]
print([p.norm1() for p in ps], vars(ps[2]), ps[5].__dict__)

# a new attribute on one instance, then on the next instances
ps[0].z = 'z0'
print(vars(ps[0]), hasattr(ps[1], 'z'))
ps[1].z = 'z1'
print(vars(ps[1]), P(7, 8).__dict__)

# replacing, deleting, re-adding
p = ps[3]
p.x = 30
print(vars(p))
del p.x
print(vars(p), hasattr(p, 'x'))
p.x = 31
print(vars(p), p.x)
try:
    del ps[4].nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    ps[4].nothing
except AttributeError as e:
    print('AttributeError', e)

# attributes set in another order than the class's first instance
class Q:
    pass


a = Q()
a.first = 1
a.second = 2
b = Q()
b.second = 3
b.first = 4
c = Q()
c.first = 5
c.third = 6
print(vars(a), vars(b), vars(c), b.first, c.third)

# computed (not interned) names
name = ''.join(['fi', 'rst'])
print(getattr(a, name), getattr(b, name), hasattr(c, 'th' + 'ird'))
setattr(a, 'new' + 'one', 9)
print(vars(a), a.newone)
delattr(b, 'sec' + 'ond')
print(vars(b))

# __dict__ is the live storage after it is asked for
d = ps[5].__dict__
d['w'] = 'via dict'
print(ps[5].w)
ps[5].v = 'via attr'
print(d['v'], sorted(d))
ps[4].__dict__ = {'k': 1}
print(vars(ps[4]), ps[4].k, hasattr(ps[4], 'x'))

# __class__ assignment keeps the values
class R(P):
    def norm1(self):
        return 'R'


r = R(1, 2)
print(r.norm1(), vars(r))
r.__class__ = P
print(r.norm1(), vars(r), type(r).__name__)
s = P(3, 4)
s.__class__ = R
print(s.norm1(), vars(s), s.x)

# a subclass adding attributes, methods and class attributes of the same name
class S(P):
    tag = 'class tag'

    def __init__(self, x, y):
        super().__init__(x, y)
        self.extra = x * y


t = S(2, 5)
print(vars(t), t.tag)
t.tag = 'instance tag'
print(t.tag, S.tag, vars(t))
t.norm1 = lambda: 'shadowed'
print(t.norm1(), vars(t).keys())

# a property and a Python __setattr__ in the class
class W:
    def __init__(self):
        self.a = 1
        self.b = 2

    @property
    def ab(self):
        return self.a + self.b

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


w = W()
print(w.ab, vars(w))

# many attributes on one instance
class Many:
    pass


m = Many()
for i in range(80):
    setattr(m, 'a%d' % i, i)
print(len(vars(m)), m.a0, m.a79, list(vars(m))[:3])
m2 = Many()
m2.a0 = 'x'
print(vars(m2))

# copy, equality of vars, repr of dataclasses
import copy
c2 = copy.copy(ps[2])
c3 = copy.deepcopy(ps[1])
print(vars(c2), vars(c3), vars(c2) == vars(ps[2]))

from dataclasses import dataclass


@dataclass
class DC:
    a: int
    b: str = 'b'


print(DC(1), DC(2, 'c') == DC(2, 'c'), vars(DC(3)))

# attributes read in a loop (the instruction caches) over mixed instances
class M:
    def __init__(self, i):
        self.i = i
        if i % 3 == 0:
            self.extra = i
        self.j = -i


ms = [M(i) for i in range(12)]
print(sum(m.i + m.j for m in ms), [m.j for m in ms][:4], [vars(m) for m in ms[:4]])
for m in ms:
    m.i += 100
print([m.i for m in ms][:5], [hasattr(m, 'extra') for m in ms][:4])
