# from-imports, aliases, errors
from helper_mod import VALUE, greet as g, Thing
print(VALUE, g("y"), Thing("t"))
try:
    from helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'does_not_exist' from 'helper_mod'"))
from helper_mod import _private
print(_private)
