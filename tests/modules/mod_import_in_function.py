# imports inside functions bind local names
def use():
    import helper_nostar
    from helper_star import also as a2
    return helper_nostar.public, a2
print(use())
try:
    helper_nostar
except NameError as e:
    print("NameError", e)
def late():
    import sys as s
    return type(s.path).__name__
print(late())
class C:
    import helper_star
    val = helper_star.exported
print(C.val, C.helper_star.also)
