from collections import namedtuple, deque
P = namedtuple('P', 'x, y')
Z = namedtuple('Z', '')
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: P(1)); t(lambda: P()); t(lambda: P(1, 2, 3)); t(lambda: P(x=1, z=2)); t(lambda: P(1, x=2)); t(lambda: P(1, y=2, x=3))
t(lambda: Z(1)); t(lambda: P(y=1)); t(lambda: namedtuple('T', 'a b c')(1)); t(lambda: P(1, 2, z=3))
t(lambda: deque([1]).remove(5)); t(lambda: deque('ab').remove('z')); t(lambda: deque([1]).index(5))
