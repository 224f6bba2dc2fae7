# An exception whose __str__ fails is still reported.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


print("before")
raise Broken("x")
