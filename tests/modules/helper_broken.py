# a module that fails while importing (when BROKEN is set in builtins)
import builtins
loaded = True
if getattr(builtins, "BROKEN_IMPORT", False):
    raise ValueError("broken on purpose")
