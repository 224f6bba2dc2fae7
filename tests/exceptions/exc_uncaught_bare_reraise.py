# A bare raise re-raises the exception being handled.
def inner():
    raise LookupError("deep")


try:
    inner()
except LookupError:
    print("handling")
    raise
