from typing import List, Dict, Tuple, Optional, Union, Any, Callable, Iterable, Iterator, TypeVar, Generic
from typing import NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, Set, Sequence, Mapping, Protocol
T = TypeVar("T")
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
def apply(f: Callable[[int], str], v: int) -> str:
    return f(v)
print(first([3, 4]), first([]), apply(str, 5), TYPE_CHECKING, cast(int, "x"))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items, isinstance(s, Stack))
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100
    def label(self) -> str:
        return f"{self.name}/{self.dept}"
e = Employee("ann")
print(e, e.label(), e._replace(salary=5), Employee._fields, isinstance(e, tuple))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1999}
print(m, Movie(title="y", year=1), type(Movie(title="y", year=1)) is dict or True)
def process(items: Iterable[Union[int, str]], lookup: Dict[str, Tuple[int, ...]] = {}) -> Iterator[str]:
    for i in items:
        yield str(i)
print(list(process([1, "a"])), T, repr(Optional[int]) in ("typing.Optional[int]", "typing.Union[int, NoneType]", "typing.Union[int, None]"))
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence))
class Greeter(Protocol):
    def greet(self) -> str: ...
Point = Tuple[float, float]
def dist(p: Point) -> float: return (p[0] ** 2 + p[1] ** 2) ** 0.5
print(dist((3.0, 4.0)), Any is not None)
