# a module that raises during import is not left in sys.modules
import sys, builtins
builtins.BROKEN_IMPORT = True
try:
    import helper_broken
except ValueError as e:
    print("ValueError", e)
print("helper_broken" in sys.modules)
try:
    import helper_broken
except ValueError as e:
    print("again", e)
builtins.BROKEN_IMPORT = False
import helper_broken
print(helper_broken.loaded, "helper_broken" in sys.modules)
