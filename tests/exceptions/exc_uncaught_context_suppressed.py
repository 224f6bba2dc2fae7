# raise ... from None hides the context; the last line is the new exception.
try:
    {}["missing"]
except KeyError:
    raise ValueError("clean message") from None
