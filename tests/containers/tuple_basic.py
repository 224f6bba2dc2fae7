t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t[5:])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(t) is t)
print(t + (4,), t * 2, 2 * t, t * 0, (1,) * -3)
print(t == (1, 2, 3), t != (1, 2), t < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (1,))
print(t <= t, t >= (1, 2, 3, 0))
print(2 in t, 5 in t, t.index(2), t.count(2), (1, 1, 2).count(1))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(1, 2): 'a', (): 'empty'}
print(d[(1, 2)], d[()])
a, b, c = t
print(a, b, c)
x = (1, [2, 3])
x[1].append(4)
print(x)
print(((1, 2), (3, (4, 5))))
print(tuple(x for x in range(4)))
for e in (1, 'a'):
    print(e)
def t2(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t2(lambda: t[3])
t2(lambda: t['a'])
t2(lambda: t + [1])
t2(lambda: t.index(7))
t2(lambda: hash(([],)))
t2(lambda: tuple(1))
t2(lambda: t * 'a')
print(t[1:2], t[-100:100], t[::2])
print(type(t).__name__, isinstance(t, tuple))
