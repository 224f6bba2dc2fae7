class Meta(type):
    def __setattr__(cls, name, value):
        print('set', name, value)
        super().__setattr__(name, value)
    def __getattr__(cls, name):
        return 'meta-' + name
    def __delattr__(cls, name):
        print('del', name)
        super().__delattr__(name)
class C(metaclass=Meta):
    pass
C.x = 1
print(C.x, C.y)
del C.x
print(C.x)
class Frozen(type):
    def __setattr__(cls, n, v):
        raise AttributeError('frozen')
class F(metaclass=Frozen): a = 1
try: F.a = 2
except AttributeError as e: print(e)
print(F.a)
class Counting(type):
    sets = 0
    def __setattr__(cls, name, value):
        Counting.sets += 1
        type.__setattr__(cls, name, value)
class G(metaclass=Counting):
    v = 0
for i in range(3):
    G.v += 1
setattr(G, 'w', 5)
print(G.v, G.w, Counting.sets)
class H(G):
    pass
H.z = 1
print(Counting.sets, H.z, hasattr(G, 'z'))
