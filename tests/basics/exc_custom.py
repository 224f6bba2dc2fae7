# user-defined exception classes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class Invalid(AppError):
    def __str__(self):
        return "invalid!"
def lookup(name):
    if name == "bad":
        raise Invalid()
    if name != "ok":
        raise NotFound(name)
    return 1
for n in ["ok", "missing", "bad"]:
    try:
        print(lookup(n))
    except NotFound as e:
        print("NotFound", e, e.name, e.args)
    except AppError as e:
        print("AppError", type(e).__name__, e)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, ValueError))
try:
    raise NotFound("x")
except Exception as e:
    print(isinstance(e, AppError), isinstance(e, NotFound), isinstance(e, Invalid))
