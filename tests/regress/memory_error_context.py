# A MemoryError (preallocated in Tern: raised without allocating) still
# gets the exception being handled as its __context__, and starts fresh
# each time: no cause, suppressed context or notes left from an earlier one.
import sys


def boom():
    # too big for memory, but an index on 32-bit builds too
    return [0] * (sys.maxsize // 4)

try:
    try:
        raise KeyError('k')
    except KeyError:
        boom()
except MemoryError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)

try:
    boom()
except MemoryError as e:
    print(e.__context__)
    e.add_note('first time')
    try:
        raise e from ValueError('cause')
    except MemoryError as e2:
        print(type(e2.__cause__).__name__, e2.__suppress_context__)

try:
    try:
        raise TypeError('t')
    except TypeError:
        boom()
except MemoryError as e:
    print(type(e.__context__).__name__, e.__cause__, getattr(e, '__notes__', None))

# a MemoryError while handling a MemoryError
try:
    try:
        boom()
    except MemoryError:
        boom()
except MemoryError as e:
    print(type(e).__name__)
print('done')
