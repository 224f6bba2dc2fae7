# modules are executed once and cached in sys.modules
import sys
print("helper_mod" in sys.modules)
import helper_mod
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
def again():
    import helper_mod
    return helper_mod
print(again() is helper_mod)
del sys.modules["helper_mod"]
import helper_mod as fresh
print(fresh is helper_mod, fresh.counter)
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
