# user-defined exception classes
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg="failed"):
        super().__init__(msg)
        self.code = code
class NoSuper(AppError):
    def __init__(self, a, b):
        self.total = a + b
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise CodeError(404)
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.total, e.args, repr(e))
try:
    raise WithStr("ignored")
except Exception as e:
    print(str(e), repr(e), e.args)
try:
    raise AppError
except AppError as e:
    print("bare class", repr(e))
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("k")
except AttributeError as e:
    print("caught as AttributeError", str(e), isinstance(e, KeyError))
print([c.__name__ for c in Multi.__mro__])
e = CodeError(1)
e.extra = "x"
print(e.extra, sorted(e.__dict__))
class Flag(Exception):
    level = "warn"
print(Flag().level)
def thrower():
    raise CodeError(500, "server")
try:
    thrower()
except CodeError as e:
    print(e.code, e)
