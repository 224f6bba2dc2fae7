# __traceback__ and with_traceback
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__traceback__ is not None)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
e = KeyError("never raised")
print(e.__traceback__)
def f():
    raise IndexError("deep")
def g():
    f()
try:
    g()
except IndexError as e:
    tb = e.__traceback__
    print(tb is not None)
    try:
        raise e
    except IndexError as again:
        print(again is e)
