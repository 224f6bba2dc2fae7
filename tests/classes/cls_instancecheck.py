# __instancecheck__ / __subclasscheck__ on metaclasses (abc-style).
class DuckMeta(type):
    def __instancecheck__(cls, inst):
        return all(hasattr(inst, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(any(m in vars(c) for c in sub.__mro__) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    def beep(self):
        pass


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Quacker)), isinstance(3, (Quacker, int)))


class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._registered = set()
        return cls

    def register(cls, sub):
        cls._registered.add(sub)
        return sub

    def __instancecheck__(cls, inst):
        return self_check(cls, type(inst))

    def __subclasscheck__(cls, sub):
        return self_check(cls, sub)


def self_check(cls, sub):
    if sub in cls._registered:
        return True
    return type.__subclasscheck__(cls, sub)


class Sequence(metaclass=Registry):
    pass


Sequence.register(list)
Sequence.register(tuple)


class MySeq(Sequence):
    pass


print(isinstance([], Sequence), isinstance((), Sequence), isinstance({}, Sequence))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(MySeq, Sequence))
print(isinstance(MySeq(), Sequence))
# an exact type match does not ask __instancecheck__
class Never(type):
    def __instancecheck__(cls, inst):
        return False


class N(metaclass=Never):
    pass


print(isinstance(N(), N), isinstance(3, N))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
