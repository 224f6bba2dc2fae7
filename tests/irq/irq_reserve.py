# The ISR reserve: a callback that allocates more than it holds gets
# MemoryError (and can catch it); the main program is not affected. Its
# size follows micropython.alloc_emergency_exception_buf, and an
# exception escaping a callback is printed (stderr) and goes no further.
import _tern, micropython, gc

results = []

def greedy(arg):
    try:
        big = [0] * 100000          # far more than the reserve
        results.append('allocated?!')
    except MemoryError:
        try:
            results.append('MemoryError caught')
        except MemoryError:
            pass

_tern.irq_inject(greedy, 1)
x = [1] * 100                       # the main program's allocation: the interrupt comes here
_tern.irq_inject(greedy, 0)
print(results[:1], len(x))

micropython.alloc_emergency_exception_buf(4096)
print('reserve', _tern.irq_info()[2])
micropython.alloc_emergency_exception_buf(256)
print('reserve', _tern.irq_info()[2])

fails = [0]
def failing(arg):
    fails[0] += 1
    raise KeyError('from a callback')

_tern.irq_inject(failing, 1)
y = [2] * 100
_tern.irq_inject(failing, 0)
print('main goes on', len(y), fails[0] >= 1)
