import operator as op
from functools import reduce
print(op.add(1, 2), op.mul("a", 3), op.neg(5), op.abs(-3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.lt(1, 2), op.eq(1, 1.0), op.not_(0), op.truth([]), op.is_(None, None), op.contains([1, 2], 2), op.concat([1], [2]))
print(reduce(op.mul, range(1, 6)), sorted([(1, "b"), (2, "a")], key=op.itemgetter(1)), op.itemgetter(0, 2)("abc"))
class P:
    def __init__(self, n): self.name = n; self.inner = self
    def greet(self, g, punct="!"): return g + " " + self.name + punct
ps = [P("bo"), P("al")]
print([p.name for p in sorted(ps, key=op.attrgetter("name"))], op.attrgetter("inner.name", "name")(ps[0]))
print(op.methodcaller("greet", "hi", punct="?")(ps[0]), repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("f", 1, k=2)))
d = {"a": 1}; op.setitem(d, "b", 2); op.delitem(d, "a"); print(d, op.getitem(d, "b"), op.indexOf([5, 6], 6), op.countOf([1, 1, 2], 1))
x = [1]; x = op.iadd(x, [2]); print(x, op.index(5), op.length_hint([1, 2]))
