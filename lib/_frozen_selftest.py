# A module the tests import to check the frozen library works.
VALUE = 42  # trailing comment

def hello(name):
    return "hello " + name
