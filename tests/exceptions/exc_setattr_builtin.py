# attributes on exception instances
e = ValueError("v")
e.detail = {"a": 1}
print(e.detail, e.__dict__)
e.args = ("new",)
print(e, e.args)
del e.detail
print(hasattr(e, "detail"))
try:
    e.nothing
except AttributeError as a:
    print(a)
class E(Exception):
    def __init__(self):
        self.x = 1
e = E()
print(e.x, e.args, str(e), repr(e))
try:
    del e.args
except TypeError as t:
    print("TypeError", t)
e.__suppress_context__ = True
print(e.__suppress_context__)
print(getattr(KeyError("q"), "args"))
