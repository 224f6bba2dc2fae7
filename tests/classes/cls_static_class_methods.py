# staticmethod and classmethod
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"))
print(MyDate.from_string("2023-01-01"))
print(MyDate(1, 2, 3).from_string("1-1-1"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.count)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class T:
    f = sm
    g = cm
print(T.f("abc"), T().f("ab"), T.g(), T().g())
print(type(T.__dict__["f"]).__name__, type(T.__dict__["g"]).__name__)
print(T.__dict__["g"].__func__(int))
