g = {}
exec("a = 1\ndef f(): return a + 1\nb = f()", g); print(g['b'], sorted(k for k in g if k != '__builtins__'))
l = {}; exec("x = 5", {}, l); print(l)
print(eval("x + y", {"x": 1}, {"y": 2}), eval("[i for i in range(3)]"))
def f():
    a = 1; b = 2
    return sorted(locals().items())
print(f())
class K:
    v = 1
    w = v + 1
    print(sorted(k for k in locals() if not k.startswith('__')))
import traceback, sys, io
try: 1/0
except Exception:
    s = io.StringIO(); traceback.print_exc(file=s); print(s.getvalue().splitlines()[-1])
    print(traceback.format_exc().splitlines()[-1])
e = ValueError("x")
print(traceback.format_exception_only(type(e), e))
m = __import__('os.path', fromlist=['join']); print(m.__name__.replace('posixpath', 'os.path'))
import importlib
print(importlib.import_module('json').__name__)
print(__name__, __file__.endswith('a9.py'), __builtins__ is not None)
del g
try: g
except NameError as e: print(e)
x = 5
def h(): 
    global x
    del x
h()
print('x' in globals())
import _thread
print(_thread.allocate_lock() is not None)
print(sys.exc_info())
try: raise KeyError(1)
except: print(sys.exc_info()[0].__name__)
print(open(__file__).readline().rstrip())
with open('/tmp/_tern_exec_io_probe.txt', 'w') as fh: fh.write('a\nb\n')
with open('/tmp/_tern_exec_io_probe.txt') as fh: print(fh.readlines())
with open('/tmp/_tern_exec_io_probe.txt', 'rb') as fh: print(fh.read())
with open('/tmp/_tern_exec_io_probe.txt', 'a') as fh: print(fh.write('c'))
print(open('/tmp/_tern_exec_io_probe.txt').read().split())
import os; os.remove('/tmp/_tern_exec_io_probe.txt'); print(os.path.exists('/tmp/_tern_exec_io_probe.txt'))
print(repr(input) [:10])
print(sys.stdin.readline() if False else '', dir(sys)[:0])
