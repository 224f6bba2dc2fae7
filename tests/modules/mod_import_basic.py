# importing a module from the test's directory
import helper_mod
print(helper_mod.VALUE, helper_mod.greet("x"), helper_mod.Thing(1))
print(helper_mod.__name__, type(helper_mod).__name__)
import helper_mod as hm
print(hm is helper_mod, hm.bump(), helper_mod.bump(), hm.counter)
import helper_mod
print(helper_mod.counter)
print(helper_mod.__file__.endswith("helper_mod.py"))
print(repr(helper_mod).startswith("<module 'helper_mod' from "))
