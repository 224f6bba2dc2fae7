# an uncaught KeyError from a nested call
def get(d, k):
    return d[k]
def outer():
    return get({"a": 1}, "b")
print(get({"a": 1}, "a"))
outer()
