# warnings.catch_warnings(record=True), the filters and their actions
import warnings
import os


def show(log):
    for w in log:
        print(type(w.message).__name__, str(w.message), w.category.__name__,
              os.path.basename(w.filename), w.lineno)
    log.clear()


def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("rt", RuntimeWarning)
    warnings.warn(UserWarning("instance"))
    warnings.warn(FutureWarning("cat from instance"), RuntimeWarning)
    deprecated()
    show(log)
    print(isinstance(log, list))

# default: once per location
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop")
    warnings.warn("loop")
    show(log)

# once: once per text and category anywhere
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once-text")
    warnings.warn("once-text")
    warnings.warn("once-text", RuntimeWarning)
    show(log)

# ignore and error, per category
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.warn("kept")
    warnings.warn("dropped", RuntimeWarning)
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    show(log)

# filterwarnings: message regex (case-insensitive, anchored at the start) and module
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", "skip")
    warnings.warn("SKIP me")
    warnings.warn("do not skip")
    warnings.filterwarnings("error", module="__main__", category=RuntimeWarning)
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    show(log)

# catch_warnings(action=...)
with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("hidden")
    print(len(log))

# the filters list is restored on exit
n = len(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(len(warnings.filters) == n + 1)
print(len(warnings.filters) == n)

# DeprecationWarning is shown by default only when triggered in __main__
with warnings.catch_warnings(record=True) as log:
    warnings.warn("dep in main", DeprecationWarning)
    deprecated()
    warnings.warn("pending", PendingDeprecationWarning)
    show(log)

# resetwarnings: no filters at all, the default action applies
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.warn("pending", PendingDeprecationWarning)
    show(log)

# WarningMessage's str
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("text")
    s = str(log[0])
    print(s[:s.index("filename")], s[s.index("lineno"):])

# errors
for args in [("x", str), ("x", 1), ("x", Exception)]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for f in [lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", 1),
          lambda: warnings.filterwarnings("ignore", category=int),
          lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        f()
    except AssertionError as e:
        print(type(e).__name__, e)
