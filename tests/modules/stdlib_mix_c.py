# tern: heapsize=2m
from dataclasses import dataclass, field
@dataclass
class DC:
    x: int
    y: list = field(default_factory=list)
    z: int = 3
print(DC(1), DC(1) == DC(1), DC(2, [1]).y)
@dataclass(frozen=True, order=True)
class F:
    a: int
print(F(1) < F(2), hash(F(1)) == hash(F(1)))
try: F(1).a = 2
except Exception as e: print(type(e).__name__)
import fractions
print(fractions.Fraction(1, 3) + fractions.Fraction(1, 6), fractions.Fraction('0.5'), fractions.Fraction(3, 6).limit_denominator(10))
import datetime
print(datetime.date(2020, 1, 31) + datetime.timedelta(days=1), datetime.datetime(2020, 1, 1, 12, 30).isoformat(), datetime.timedelta(hours=25))
import textwrap
print(textwrap.fill('a b c d e f g', width=5), textwrap.dedent('  a\n  b'))
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3]) if True else 0)
import typing
from typing import List, Dict, Optional
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]: return {}
print(f([1]), f.__annotations__ if False else '')
import types
print(types.SimpleNamespace(a=1), isinstance(f, types.FunctionType), types.GeneratorType)
import contextlib
@contextlib.contextmanager
def cm():
    print('in'); yield 5; print('out')
with cm() as v: print(v)
with contextlib.suppress(KeyError): {}['x']
print('end')
