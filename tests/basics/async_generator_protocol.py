# async generators driven by hand (no event loop): the awaitables of
# __anext__/asend/athrow/aclose complete with StopIteration(value)
class Aw:
    def __await__(self):
        r = yield 'step'
        return r

async def ag():
    x = yield 1
    print('sent', x)
    y = await Aw()
    print('awaited', y)
    try:
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 3
    finally:
        print('finally')

def drive(aw, sends=()):
    sends = list(sends)
    try:
        r = aw.send(None)
        while True:
            print('  passes out', r)
            r = aw.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration as e:
        return ('end', repr(e))

a = ag()
print(type(a).__name__, a.__name__, a.__qualname__, a.ag_running, type(a.ag_code).__name__)
print(a.__aiter__() is a)
print(drive(a.__anext__()))
print(drive(a.asend('hello'), ['resumed']))
print(drive(a.athrow(ValueError('boom'))))
print(drive(a.aclose()))
print(drive(a.__anext__()))

async def counter(n):
    for i in range(n):
        yield i

b = counter(2)
print(drive(b.__anext__()), drive(b.__anext__()), drive(b.__anext__()))
c = counter(3)
print(drive(c.aclose()), drive(c.__anext__()))

async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
d = ignores()
drive(d.__anext__())
try: drive(d.aclose())
except RuntimeError as e: print('RuntimeError', e)

async def raises_stop():
    yield 1
    raise StopAsyncIteration
e = raises_stop()
drive(e.__anext__())
try: drive(e.__anext__())
except RuntimeError as ex: print('RuntimeError', ex)

async def just_started():
    yield 1
try: drive(just_started().asend(5))
except TypeError as ex: print('TypeError', ex)

aw = counter(1).__anext__()
print(drive(aw))
try: aw.send(None)
except RuntimeError as ex: print('RuntimeError', ex)

try:
    for x in counter(1): pass
except TypeError as ex: print('TypeError', ex)
print(repr(counter(1)).split(' at ')[0])

# yield from over a Python iterator keeps StopIteration's value
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('result')
        return self.n
def deleg():
    r = yield from It()
    print('delegate returned', r)
print(list(deleg()))
