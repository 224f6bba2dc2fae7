class C:
    def __call__(self):
        return 1
class D:
    pass
def f():
    pass
print(callable(f), callable(len), callable(C), callable(C()), callable(D()), callable(1), callable(lambda: 0), callable([].append), callable(int))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, type(id(a)).__name__)
x = D()
i1 = id(x)
junk = [[j] for j in range(1000)]
print(id(x) == i1)
print(id(None) == id(None), id(1) == id(1))
