print("pkg.beta loading", __name__)
from . import alpha
from .alpha import ALPHA
from .sub import deep
def beta_fn():
    return "beta+" + alpha.alpha_fn() + str(ALPHA) + deep.DEEP
