# The library frozen into the binary (lib/): modules, packages, relative
# imports, and a traceback through frozen code. Tern's own behaviour.
import sys
import _frozen_selftest
print(_frozen_selftest.VALUE, _frozen_selftest.hello("tern"))
print(hasattr(_frozen_selftest, '__file__'), sys.path[-1])
import _frozen_pkg
print(_frozen_pkg.NAME, _frozen_pkg.twice(21), _frozen_pkg.__path__)
from _frozen_pkg import inner
print(inner.__name__, inner is _frozen_pkg.inner)
print(sys.modules['_frozen_pkg.inner'] is inner)
try:
    _frozen_selftest.hello(3)
except TypeError as e:
    print("TypeError", e)
