# bare raise, raise in handlers, finally ordering
log = []
def f(n):
    try:
        log.append("try")
        if n == 0:
            raise ValueError("zero")
        return n
    except ValueError:
        log.append("except")
        raise
    finally:
        log.append("finally")
try:
    f(0)
except ValueError as e:
    log.append("outer " + str(e))
print(f(1), log)
def g():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print("KeyError kept", e)
except IndexError:
    print("wrong")
def h():
    try:
        return "from try"
    finally:
        print("finally runs")
print(h())
def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
k()
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
