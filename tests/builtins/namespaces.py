gv = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
print('gv' in globals(), globals()['gv'], globals() is globals())
class K:
    x = 1
    y = 2
    names = sorted(k for k in locals() if not k.startswith('__')) if False else None
    inner = sorted(n for n in ['x', 'y'])
print(K.inner)
class V:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(V()), sorted(vars(K).keys())[-1] if False else 'ok')
print([n for n in dir(V()) if not n.startswith('_')])
print([n for n in dir(K) if not n.startswith('_')])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir(()) if not n.startswith('_')])
def g():
    x = 1
    y = 2
    return dir()
print(g())
try:
    vars(1)
except TypeError as e:
    print(e)
