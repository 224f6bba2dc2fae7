# list[int] and friends (types.GenericAlias), X | Y (types.UnionType).
print(list[int], dict[str, int], tuple[int, ...], set[bytes], frozenset[str], type[int])
print(tuple[()], list[list[int]], dict[str, list[tuple[int, str]]])
print(type(list[int]), type(int | str))
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__)
print(dict[str, int].__args__)
print(a([1, 2, 3]), dict[str, int](x=1))
print(list[int] == list[int], list[int] == list[str], list[int] != list, list[int] == list)
print(hash(list[int]) == hash(list[int]))
print({list[int]: 1}[list[int]])


class Box:
    pass


class Node:
    def __class_getitem__(cls, item):
        return "Node[%s]" % (item.__name__ if isinstance(item, type) else item)


print(list[Box], dict[str, Box])
print(Node[int], Node["x"])
try:
    Box[int]
except TypeError as e:
    print("TypeError:", e)

try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)

# unions
print(int | str, int | None, None | int, str | list[int], int | str | float)
u = int | str
print(u.__args__, (int | None).__args__)
print(isinstance(3, u), isinstance("x", u), isinstance(3.5, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (float, int | str)))
print(int | int, (int | str) | int, int | (str | float))
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError:", e)


# annotations that use them are evaluated in class bodies
class Record:
    name: str
    tags: list[str] | None = None
    scores: dict[str, float]


print(Record.__annotations__)
print(Record.tags)
