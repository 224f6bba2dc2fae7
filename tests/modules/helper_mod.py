# a helper module imported by other tests (also runs as a test itself)
print("helper_mod loading, __name__ =", __name__)
VALUE = 42
_private = "hidden"
def greet(name):
    return "hello " + name
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Thing(%r)" % self.v
counter = 0
def bump():
    global counter
    counter += 1
    return counter
