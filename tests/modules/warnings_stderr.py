# the text warnings print on sys.stderr (replaced by a StringIO here), with
# the source line, once per location by default
import io
import sys
import warnings


def capture(f):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        f()
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = old
    # CPython shows __main__'s file name absolute; keep only its last part
    out = []
    for line in text.splitlines(True):
        if not line.startswith(" ") and ":" in line:
            name, rest = line.split(":", 1)
            line = name.split("/")[-1] + ":" + rest
        out.append(line)
    return "".join(out)


def twice():
    for i in range(2):
        warnings.warn("careful")  # the source line is shown


def caller_level():
    warnings.warn("from the caller", RuntimeWarning, stacklevel=2)


print(capture(twice), end="")
print(capture(twice), end="")       # the same location: silent now
print(capture(caller_level), end="")
print(capture(lambda: warnings.warn("far up", stacklevel=10)), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3, "  the line  ")))

# showwarning may be replaced
def mine(message, category, filename, lineno, file=None, line=None):
    print("mine:", message, category.__name__, lineno)


warnings.showwarning = mine
warnings.warn("custom", stacklevel=1)
warnings.showwarning = warnings._showwarning_orig

# showwarning with an explicit file
buf = io.StringIO()
warnings.showwarning("to a file", SyntaxWarning, "f.py", 7, file=buf)
print(repr(buf.getvalue()))

# warn_explicit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "some/file.py", 42)
    w = log[0]
    print(w.message, w.filename, w.lineno, w.category.__name__)
reg = {}
print(capture(lambda: warnings.warn_explicit("reg", UserWarning, "x.py", 5, registry=reg)), end="")
print(capture(lambda: warnings.warn_explicit("reg", UserWarning, "x.py", 5, registry=reg)) == "")
print(sorted(k for k in reg if k != "version"))
