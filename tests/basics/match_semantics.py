class P:
    __match_args__ = ['x']
for t in [lambda: None, P]:
    try:
        match 1:
            case t(): pass
    except TypeError as e: print(e)
try:
    match P():
        case P(1): pass
except TypeError as e: print(e)
class Q: pass
try:
    match Q():
        case Q(1): pass
except TypeError as e: print(e)
try:
    match 1:
        case int(1, 2): pass
except TypeError as e: print(e)
try:
    match {'a':1}:
        case {'a': 1, 'b': 2}: pass
except Exception as e: print(type(e), e)
class R:
    __match_args__ = ('x', 'x')
    x = 1
try:
    match R():
        case R(a, x=b): pass
except Exception as e: print(type(e), e)
class R:
    __match_args__ = ('x', 'x')
    x = 1
try:
    match R():
        case R(a, b): pass
except Exception as e: print(type(e), e)
for i in range(5):
    match i:
        case 1: continue
        case 3: break
        case _: print("i", i)
def g():
    total = 0
    for item in [("add", 2), ("mul", 3), ("neg",), ("bad", 1, 2)]:
        match item:
            case ("add", n): total += n
            case ("mul", n): total *= n
            case ("neg",): total = -total
            case _: return ("error", item, total)
    return total
print(g())
OrderedDict = dict
match OrderedDict(a=1):
    case {"a": 1}: print("odict ok")
class D(dict):
    def __missing__(self, k): return 0
match D(a=1):
    case {"b": _}: print("bad")
    case {"a": _}: print("dsub ok")
match (1, 2):
    case [1, 2]: print("tuple via list pat")
match "ab":
    case [a, b]: print("str is not a seq")
    case _: print("str not seq ok")
match range(3):
    case [0, *r]: print("range", r)
match 5:
    case 1 | 2 | 5 as v: print("or-as", v)
match {"a": 1, "b": 2}:
    case {**rest}: print("rest", rest)
match 3.0:
    case 3: print("3.0 == 3")
match True:
    case 1: print("True == 1")
match 1:
    case True: print("bad")
    case _: print("1 is not True")
x = [1, 2, 3]
match x:
    case [*_, last]: print("last", last)
class C:
    A = 1
    B = 2
match 2:
    case C.A: print("A")
    case C.B: print("B")
match -1.5:
    case -1.5: print("neg float")
match 1+2j:
    case 1+2j: print("complex lit")
match b"xy":
    case b"xy": print("bytes lit")
match "x":
    case "x" "": print("concat str")
