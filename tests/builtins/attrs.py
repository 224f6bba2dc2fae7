class P:
    x = 1
    def m(self):
        return 'm'
p = P()
print(getattr(p, 'x'), getattr(p, 'y', 'default'), hasattr(p, 'x'), hasattr(p, 'y'), hasattr(p, 'm'))
setattr(p, 'y', 5)
print(p.y, getattr(p, 'y'), getattr(p, 'm')())
delattr(p, 'y')
print(hasattr(p, 'y'))
name = 'dyn' + 'amic'
setattr(p, name, 42)
print(p.dynamic, getattr(p, 'dyn' + 'amic'))
print(getattr([], 'append').__name__ if hasattr(getattr([], 'append'), '__name__') else 'append')
print(hasattr(1, 'real'), getattr('abc', 'upper')())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: getattr(p, 'nope'))
t(lambda: getattr(p, 1))
t(lambda: hasattr(p, 1))
t(lambda: setattr(p, 2, 3))
t(lambda: delattr(p, 'nope'))
t(lambda: getattr(p))
class G:
    def __getattr__(self, n):
        if n == 'magic':
            return 99
        raise AttributeError(n)
print(getattr(G(), 'magic'), hasattr(G(), 'other'), getattr(G(), 'other', 'dflt'))
