# __slots__ naming '__dict__': CPython keeps slot 'a' out of the instance dict.
class P:
    __slots__ = ('a', '__dict__')
p = P(); p.a = 1; p.b = 2
print(p.a, p.b, p.__dict__)
