# except clauses: tuples, base classes, ordering, invalid classes
def check(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception:
        return "other"
for x in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(),
          ValueError(), UnicodeDecodeError if False else UnicodeError()]:
    print(check(x))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("base", type(e).__name__)
try:
    try:
        raise ValueError("v")
    except int:
        pass
except TypeError as e:
    print("TypeError:", e)
errs = (TypeError, ValueError)
try:
    int("x")
except errs as e:
    print("caught", type(e).__name__)
nested = ((KeyError,), (ValueError, (IndexError,)))
try:
    [][0]
except nested[1][1] as e:
    print("nested tuple ok")
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2
except E1 as e:
    print("subclass matched", type(e).__name__)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
