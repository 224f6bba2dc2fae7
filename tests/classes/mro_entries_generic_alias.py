from typing import Generic, TypeVar, Protocol, List
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
class Pair(Generic[K, V]):
    def __init__(self, k, v): self.k, self.v = k, v
print(Box[int], Pair[str, int], Box[List[int]], Box[int](3).v, Box(4).get(), type(Box[int](5)).__name__)
class IntBox(Box[int]):
    pass
print(IntBox(7).get(), IntBox.__mro__[1].__name__, issubclass(IntBox, Box), isinstance(IntBox(1), Box))
print(Box[int] == Box[int], Box[int].__origin__ is Box, Box[int].__args__)
class P(Protocol[T]):
    def meth(self) -> T: ...
print(P.__name__)
from typing import List, Dict
class MyL(List[int]):
    pass
print(MyL([1, 2]), MyL.__orig_bases__, MyL.__bases__, '__orig_bases__' in Box.__dict__)
class M:
    def __mro_entries__(self, bases): return (dict,)
class DD(M()):
    pass
print(DD(a=1), DD.__bases__)
