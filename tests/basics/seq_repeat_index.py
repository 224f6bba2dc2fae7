class Idx:
    def __index__(self): return 2
print([0] * Idx(), Idx() * [1], 'ab' * Idx(), (1,) * Idx(), b'x' * Idx(), bytearray(b'y') * Idx())
l = [5]; l *= Idx(); print(l)
s = 'q'; s *= Idx(); print(s)
class R:
    def __index__(self): return 3
    def __rmul__(self, o): return 'rmul'
print([1] * R())
class NoIdx: pass
for v in ([1], 'a'):
    try: v * NoIdx()
    except TypeError as e: print(e)
try: [1] * 1.5
except TypeError as e: print(e)
