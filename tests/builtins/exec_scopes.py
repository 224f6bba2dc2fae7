g = {'__builtins__': __builtins__} if False else {}
exec('x = 1\ny = [x, 2]', g)
print(g['x'], g['y'], sorted(k for k in g if not k.startswith('__')))
l = {}
exec('a = 5\nb = a * 2', {}, l)
print(sorted(l.items()))
print(eval('len(s)', {'s': 'abc'}), eval('[i for i in range(n)]', {'n': 3}))
def outer():
    v = 10
    return eval('v * 2'), eval('w', {'w': 'global'}), eval('v + 1', None, {'v': 100})
print(outer())
exec('def f(n):\n    return n * 3\nres = f(4)')
print(res, f(5))
src = '''
class C:
    k = 7
    def m(self):
        return self.k
obj = C()
'''
ns = {}
exec(src, ns)
print(ns['obj'].m(), ns['C'].k)
co = compile('for i in range(3):\n    acc.append(i)', 'loop', 'exec')
acc = []
exec(co)
exec(co)
print(acc)
print(eval(compile('1 + 1', 'e', 'eval')), eval('  2 * 3'))
try:
    exec('x = (')
except SyntaxError as e:
    print('SyntaxError')
