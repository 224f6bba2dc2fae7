print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('(1, "a")'))
x = 10
print(eval('x + 1'), eval('x * y', {'y': 3, 'x': 2}), eval('x', {'x': 'g'}, {'x': 'l'}))
g = {}
exec('a = 1\nb = a + 1\ndef f():\n    return a + b\n', g)
print(g['a'], g['b'], g['f']())
exec('c = 5')
print(c)
ns = {'n': 4}
exec('n = n * 2', ns)
print(ns['n'])
code = compile('3 * 4', '<test>', 'eval')
print(eval(code))
code2 = compile('z = 7', '<test>', 'exec')
exec(code2)
print(z)
def f():
    q = 42
    return eval('q + 1')
print(f())
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: eval('1 +'))
t(lambda: eval(5))
t(lambda: exec(5))
t(lambda: exec('1', []))
t(lambda: compile('1', 'f', 'bad'))
t(lambda: eval('undefined_name'))
t(lambda: exec('raise ValueError("inner")'))
