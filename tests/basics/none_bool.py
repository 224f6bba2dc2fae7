# None and bool: identity, truthiness, arithmetic with bools
print(None)
print(None is None, None == None, None is not None)
print(True, False)
print(True + True, True * 10, False - 1)
print(True == 1, False == 0, True is True)
print(not None, not 0, not 1, not "", not "a", not [], not [0])
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.5))
print(bool(""), bool("x"), bool([]), bool([1]), bool(()), bool((0,)), bool({}), bool({1: 2}))
print(bool(None), bool(True), bool(False))
print(type(None).__name__, type(True).__name__)
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(str(True), repr(False), str(None))
print(int(True), int(False), float(True))
x = None
if x is None:
    print("x is None")
if not x:
    print("x is falsy")
