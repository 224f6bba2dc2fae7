def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
t(lambda: l[3])
t(lambda: l[-4])
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: l.remove(9))
t(lambda: l.index(9))
t(lambda: l.index('a'))
t(lambda: l['a'])
t(lambda: l[1.5])
t(lambda: l + (1,))
t(lambda: l * 1.5)
t(lambda: l.append())
t(lambda: l.append(1, 2))
t(lambda: l.insert(1))
t(lambda: l.pop(1, 2))
t(lambda: l.sort(1))
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: [3, 'a'].sort())
t(lambda: [1, 2] < [1, 'a'])
def setitem():
    l[5] = 1
t(setitem)
def delitem():
    del l[5]
t(delitem)
def badslice():
    m = [1, 2, 3, 4]
    m[::2] = [1, 2, 3]
t(badslice)
def badslice2():
    m = [1, 2, 3]
    m[0:1] = 5
t(badslice2)
print(l)
