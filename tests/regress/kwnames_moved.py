# Keyword names of a call are a tuple in the heap: C functions that read
# them after allocating must keep them rooted (the stress build moves every
# object at every allocation). dict.update(..., **kw) and
# ImportError(..., name=, path=) read them in a loop.
for i in range(3):
    d = {}
    d.update({'a': 1, 'b': [i]}, x=1, y=[2], z='three' * i)
    print(sorted(d.items(), key=lambda kv: kv[0]))
    e = ImportError('no module', name='mod%d' % i, path='/p/%d' % i)
    print(e.name, e.path, e.args)
    d2 = dict([('q', 1)], r=2, s=[3])
    print(d2)
