# helper without __all__
public = "p"
_underscore = "u"
def fn():
    return "fn"
