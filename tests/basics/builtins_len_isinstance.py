# len, isinstance, type
print(len(""), len("abc"), len([]), len([1, 2]), len(()), len((1,)), len({}), len({1: 2, 3: 4}), len(range(7)))
print(isinstance(1, int), isinstance(1.0, float), isinstance("s", str), isinstance([], list))
print(isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(1, (str, int)), isinstance(1.5, (str, int)), isinstance(True, int))
print(type(1) is int, type("") is str, type([]) == list, type(1.0).__name__)
print(type(len).__name__ in ("builtin_function_or_method", "function"))
print(callable(len), callable(1), callable(lambda: 0))
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), type(B()) is B)
