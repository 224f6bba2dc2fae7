# finally always runs: normal exit, exception, return, break, continue
def f(kind):
    try:
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return "returned"
        print("body done")
    finally:
        print("finally", kind)
    return "end"
print(f("normal"))
print(f("return"))
try:
    f("raise")
except ValueError:
    print("caught after finally")
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("loop", i)
    finally:
        print("finally", i)
def override():
    try:
        return 1
    finally:
        print("cleanup")
print(override())
def nested():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
    finally:
        print("outer finally")
nested()
