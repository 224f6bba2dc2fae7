# ModuleNotFoundError
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.no_such_sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'pkg'"))
try:
    import helper_mod.sub
except ModuleNotFoundError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
