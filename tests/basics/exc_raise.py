# raise: instances, classes, re-raise, exception attributes
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(e.args, len(e.args))
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as e:
    print(e)
e = RuntimeError("stored")
try:
    raise e
except RuntimeError as caught:
    print(caught is e, caught)
try:
    raise Exception("base")
except Exception as e:
    print(repr(e))
print(repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), repr(TypeError()))
