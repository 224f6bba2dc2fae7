print("pkg.alpha loading", __name__)
def alpha_fn():
    return "alpha"
ALPHA = 1
