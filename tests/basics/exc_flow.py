def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "one"
        return 1 / (x - 2)
    except ValueError as e:
        return "VE " + str(e)
    except (ZeroDivisionError, KeyError) as e:
        return "ZDE " + type(e).__name__
    else:
        print("else branch")
    finally:
        print("finally", x)
for i in range(4):
    print(f(i))

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())

def h():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            print("caught inner")
            raise
    except Exception as e:
        print("outer", repr(e))
    try:
        e
    except NameError as ne:
        print("e deleted")
h()

def w():
    while True:
        try:
            return 5
        finally:
            print("cleanup")
print(w())

def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("f1")
    finally:
        print("f2")
print(nested_finally())

def exc_in_finally():
    try:
        try:
            1/0
        finally:
            print("in finally")
    except ZeroDivisionError:
        print("propagated")
exc_in_finally()

try:
    try:
        raise TypeError("a")
    except TypeError as e:
        raise ValueError("b") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__))

def ret_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("fin")
print(ret_in_except())

def bare():
    try:
        raise RuntimeError("x")
    except:
        return "bare"
print(bare())

for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)
        continue
    print("after", i)

def loop_break_except():
    for i in range(10):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 2:
                break
    return i
print(loop_break_except())
import sys
def excinfo():
    try:
        raise IndexError("ii")
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])
excinfo()
