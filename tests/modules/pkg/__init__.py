print("pkg init", __name__)
PKG_CONST = "pc"
from .alpha import alpha_fn
