l = [1]; r = l.__iadd__([2]); print(r, r is l, l.__iadd__((3,)), l.__imul__(2), l)
print(list.__iadd__([0], 'ab'), [1].__iadd__(5) if False else '', [1].__imul__('x') if False else '')
s = {1, 2}; print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({7}), s, s.__ior__([1]))
d = {'a': 1}; print(d.__ior__({'b': 2}), d.__ior__([('c', 3)]), d)
print([n for n in dir([]) if n.startswith('__i')], [n for n in dir(set()) if n.startswith('__i')], [n for n in dir({}) if n.startswith('__i')])
print([n for n in dir(frozenset()) if n.startswith('__i')], [n for n in dir(()) if n.startswith('__i')], [n for n in dir('') if n.startswith('__i')])
class L(list): pass
x = L([1]); print(x.__iadd__([2]), type(x.__iadd__([3])).__name__, x)
for bad in [lambda: [1].__iadd__(5), lambda: {1}.__ior__([2]), lambda: {}.__ior__(5)]:
    try: print(bad())
    except TypeError as e: print('TE', e)
