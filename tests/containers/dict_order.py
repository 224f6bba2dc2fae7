d = {}
for i in range(20):
    d[str(i)] = i
for i in range(0, 20, 3):
    del d[str(i)]
d['0'] = 'again'
d['new'] = 'x'
print(d)
print(list(d))
d2 = dict(d)
print(d2 == d, list(d2) == list(d))
x = {'b': 1, 'a': 2}
x['c'] = 3
del x['b']
x['b'] = 4
print(x, list(x.items()))
while x:
    print(x.popitem())
y = {i: i for i in range(50)}
for i in range(45):
    y.pop(i)
print(y)
y.update({100: 1, 3: 3})
print(y)
