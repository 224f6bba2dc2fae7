# async generators: async for, __anext__/asend/athrow/aclose, awaits inside
# the body passing through to the event loop, finally blocks, errors
import asyncio


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            await asyncio.sleep(0)
    except ValueError as e:
        yield 'caught %s' % e
    finally:
        print('echo finally', received)


async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print('cleanup ran')


async def main():
    g = ticker(3)
    print(type(g).__name__, aiter(g) is g, g.__aiter__() is g)
    print(repr(g).startswith('<async_generator object ticker at '))
    out = []
    async for x in ticker(4):
        out.append(x)
    print(out)
    print(await anext(g), await anext(g), await anext(g), await anext(g, 'end'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('still StopAsyncIteration')

    # asend / athrow
    e = echo()
    print(await e.asend(None), await e.asend('a'), await e.asend('b'))
    print(await e.athrow(ValueError('boom')))
    await e.aclose()
    print(await anext(e, 'closed'))

    # aclose runs finally blocks, including their awaits
    w = with_finally()
    print(await anext(w))
    await w.aclose()
    await w.aclose()
    print(await anext(w, 'done'))
    # aclose of a generator never started does nothing
    await with_finally().aclose()

    # exceptions from the body propagate through anext
    async def failing():
        yield 1
        raise KeyError('k')
    f = failing()
    await anext(f)
    try:
        await anext(f)
    except KeyError as ex:
        print('KeyError', ex)
    print(await anext(f, 'after error'))

    # several generators interleaved by the event loop
    results = await asyncio.gather(consume('a', 3, 0.002), consume('b', 2, 0.001))
    print(results)

    # awaiting a generator object is an error; a sync for over it too
    try:
        await ticker(1)
    except TypeError as ex:
        print('TypeError', ex)
    try:
        for x in ticker(1):
            pass
    except TypeError as ex:
        print('TypeError', ex)
    # the awaitables are single use
    g2 = ticker(2)
    aw = g2.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as ex:
        print('RuntimeError', ex)


async def consume(name, n, delay):
    out = []
    async for x in ticker(n, delay):
        out.append(name + str(x))
    return out


asyncio.run(main())
