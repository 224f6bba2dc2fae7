print("pkg.sub.deep loading", __name__)
from .. import PKG_CONST
from ..alpha import alpha_fn
DEEP = "deep" + PKG_CONST + alpha_fn()
