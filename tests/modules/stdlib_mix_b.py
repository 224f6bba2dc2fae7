# tern: heapsize=2m
import functools
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), functools.partial(int, base=2)('101'), functools.reduce(lambda a, b: a * b, range(1, 6)))
@functools.wraps(fib)
def w(): pass
print(w.__name__)
import operator
print(operator.add(1, 2), operator.attrgetter('real')(3), operator.methodcaller('upper')('a'), operator.neg(3), operator.getitem([1,2], 0))
import random
random.seed(42); print(random.randint(1, 100), random.random(), random.choice('abc'), random.sample(range(10), 3), random.uniform(1, 2))
l = list(range(5)); random.shuffle(l); print(l, random.randrange(10), random.getrandbits(8))
import string
print(string.digits, string.ascii_uppercase, string.punctuation[:5], string.Template('$x!').substitute(x=1), string.capwords('a b'))
import time
t0 = time.time(); print(type(t0).__name__, time.monotonic() > 0, time.perf_counter() >= 0)
import copy
l = [[1], 2]; c1 = copy.copy(l); c2 = copy.deepcopy(l); l[0].append(3); print(c1, c2)
import sys
print(sys.argv[0].endswith('.py'), type(sys.path).__name__, 'sys' in sys.modules, sys.getrecursionlimit() > 0, sys.maxsize > 2**30)
print(type(sys.stdout).__name__ if False else '', sys.stdout.write('w\n'))
from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = auto()
print(Color.RED, Color(2), Color['RED'], Color.RED.name, Color.GREEN.value, list(Color), Color.RED == Color.RED, repr(Color.RED))
class N(IntEnum):
    A = 1
print(N.A + 1, N.A == 1, isinstance(N.A, int))
