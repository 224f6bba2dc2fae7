# try / except / else / finally ordering
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("divide by zero")
    else:
        print("result", r)
    finally:
        print("done", x)
attempt(2)
attempt(0)
try:
    pass
except Exception:
    print("never")
else:
    print("else runs when no exception")
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise ValueError("from else")
except ValueError as e:
    print("caught", e)
