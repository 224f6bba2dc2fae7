# try / except: matching by class, by tuple, by base class
def risky(kind):
    if kind == 0:
        return "fine"
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError("k")
    if kind == 3:
        return 1 / 0
    raise TypeError("wrong type")
for k in range(5):
    try:
        print("ok:", risky(k))
    except ValueError as e:
        print("ValueError:", e)
    except (KeyError, TypeError) as e:
        print("Key/Type:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith:", type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("lookup", type(e).__name__)
try:
    {}["x"]
except Exception as e:
    print("exception", type(e).__name__, e)
try:
    try:
        raise ValueError("inner")
    except KeyError:
        print("not here")
except ValueError as e:
    print("outer caught", e)
try:
    int("x")
except:
    print("bare except")
