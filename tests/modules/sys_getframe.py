# sys._getframe, inspect.currentframe and tb_frame (Tern: snapshots, so f_lineno
# is the line when the frame was asked for; not tested here)
import sys, inspect
def f(): return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
def g(): return sys._getframe().f_lineno
print(g())
def who_called():
    return sys._getframe(1).f_code.co_name
def outer(): return who_called()
print(outer())
def cf():
    fr = inspect.currentframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, type(fr).__name__
print(cf())
print(sys._getframe().f_back, sys._getframe().f_globals is globals(), sys._getframe().f_code.co_filename == __file__)
try: sys._getframe(100)
except ValueError as e: print(e)
def a(): b()
def b(): raise KeyError('x')
try: a()
except KeyError:
    tb = sys.exc_info()[2]
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
def depth():
    n = 0; fr = sys._getframe()
    while fr: n += 1; fr = fr.f_back
    return n
print(depth(), (lambda: depth())())
import warnings
warnings.simplefilter('always')
def w(): warnings.warn('careful', stacklevel=2)
import io
old = sys.stderr; sys.stderr = io.StringIO(); w(); out = sys.stderr.getvalue(); sys.stderr = old
print(out.split(':')[1:3])
