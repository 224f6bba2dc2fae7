# tern: heapsize=1m
# inspect.signature of dataclasses' generated __init__
import inspect
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar
@dataclass
class A:
    a: int
    b: str = 'x'
    c: ClassVar[int] = 3
    d: InitVar[int] = 4
    e: list = field(default_factory=list)
    f: int = field(default=0, init=False)
    def __post_init__(self, d): pass
@dataclass(kw_only=True)
class B:
    x: int
    y: int = 1
@dataclass
class C(A):
    z: int = 9
for k in (A, B, C):
    print(inspect.signature(k), inspect.signature(k.__init__))
print(inspect.signature(A).parameters["e"].default, inspect.signature(B).parameters["x"].kind)
print(inspect.signature(A).bind(1, e=[2]).arguments)
