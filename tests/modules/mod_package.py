# packages, submodules and relative imports
import pkg
print(pkg.PKG_CONST, pkg.alpha_fn(), pkg.__name__, hasattr(pkg, "__path__"))
import pkg.beta
print(pkg.beta.beta_fn())
from pkg.sub import deep
print(deep.DEEP, deep.__name__)
from pkg import alpha, beta
print(alpha.ALPHA, beta is pkg.beta)
import pkg.sub.deep as d2
print(d2 is deep, pkg.sub.deep is deep)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg")))
print(pkg.__package__, pkg.beta.__package__, deep.__package__)
