# uncaught exception raised while handling another
d = {}
try:
    d["missing"]
except KeyError as e:
    raise LookupError("lookup failed") from e
