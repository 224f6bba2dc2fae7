def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1}
t(lambda: d['b'])
t(lambda: d[1])
t(lambda: d[(1, 2)])
t(lambda: d[[1]])
t(lambda: {}.popitem())
t(lambda: d.pop('zz'))
t(lambda: dict(1))
t(lambda: dict([1]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict({}, {}))
t(lambda: d.get())
t(lambda: {}.update(1, 2))
t(lambda: d | [])
t(lambda: d < d)
t(lambda: {[]: 1})
def deliter():
    x = {1: 1, 2: 2}
    for k in x:
        del x[k]
t(deliter)
def additer():
    x = {1: 1}
    for k in x:
        x[k + 1] = 1
t(additer)
def delmissing():
    x = {}
    del x['q']
t(delmissing)
try:
    {}['missing']
except KeyError as e:
    print(repr(e), e.args)
try:
    {}[('a', 1)]
except KeyError as e:
    print(e)
