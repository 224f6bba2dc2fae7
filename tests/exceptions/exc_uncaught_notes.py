# Notes added to an exception are printed after its message.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot parse %r" % text) from e


try:
    parse("x1")
except RuntimeError as e:
    e.add_note("input came from line 3")
    e.add_note("check the file")
    raise
