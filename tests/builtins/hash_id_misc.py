print(hash(0), hash(1), hash(-1) == hash(-2), hash(2**61 - 1) == hash(0) or True, hash(1.0) == hash(1), hash(0.5) == hash(0.5))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash('abc') == hash('a' + 'bc'))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(range(5)) == hash(range(0, 5, 1)))
print(type(hash('x')).__name__, type(hash(1.5)).__name__)
for bad in [[], {}, set(), [1]]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
class H:
    def __hash__(self):
        return 42
print(hash(H()), {H(): 1}.__len__())
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
objs = [object() for _ in range(5)]
print(len(set(id(o) for o in objs)), id(objs[0]) == id(objs[0]))
