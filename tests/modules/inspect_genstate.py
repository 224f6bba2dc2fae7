import inspect
def g():
    print('inside', inspect.getgeneratorstate(it))
    yield 1
    yield 2
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
it.close()
print(inspect.getgeneratorstate(it))
it2 = g(); list(it2); print(inspect.getgeneratorstate(it2))
async def c(): return 1
co = c()
print(inspect.getcoroutinestate(co))
try: co.send(None)
except StopIteration as e: print('stop', e.value)
print(inspect.getcoroutinestate(co))
print(inspect.GEN_CREATED, inspect.CORO_CLOSED)
