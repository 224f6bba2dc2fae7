# property: getter, setter, deleter, read-only errors
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__)
class P2:
    def getx(self): return self.__dict__.get("x", "unset")
    def setx(self, v): self.__dict__["x"] = v * 2
    x = property(getx, setx, None, "the x")
p = P2()
print(p.x)
p.x = 5
print(p.x, P2.x.__doc__)
print(P2.x.fget is P2.getx, P2.x.fdel)
class Sub(Temp):
    @property
    def celsius(self):
        return "sub"
print(Sub().celsius)
