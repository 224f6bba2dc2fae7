# list.sort(key=..., reverse=x) where x.__index__ runs Python that
# allocates, and zip(strict=x) where x.__bool__ does: the key function and
# the keyword names must survive objects moving.
class Rev:
    def __index__(self):
        junk = [str(i) * 4 for i in range(200)]
        return len(junk) > 0
    def __bool__(self):
        junk = [str(i) * 4 for i in range(200)]
        return len(junk) > 0
for r in (Rev(), 0, True):
    l = [3, 1, 2, 5, 4]
    l.sort(key=lambda x: -x if x % 2 else x, reverse=r)
    print(l)
    l.sort(reverse=r, key=str)
    print(l)
try:
    [2, 1].sort(reverse='yes')
except TypeError as e:
    print('TypeError:', e)
print(list(zip([1, 2], 'ab', strict=Rev())))
