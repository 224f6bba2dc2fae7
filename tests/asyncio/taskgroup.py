# asyncio.TaskGroup (3.11); ordering by event-loop steps, not by time
import asyncio
async def steps(n):
    for _ in range(n):
        await asyncio.sleep(0)
async def w(n):
    await steps(n); print('done', n); return n
async def bad(n, exc):
    await steps(n); raise exc
async def forever():
    await asyncio.Event().wait()
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(w(1)); t2 = tg.create_task(w(2))
        print('body end')
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(w(1))
            tg.create_task(bad(3, ValueError('boom')))
            t3 = tg.create_task(forever())
            await forever()
            print('not reached')
    except* ValueError as eg:
        print('caught', repr(eg), eg.exceptions, t3.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1, ValueError('a')))
            tg.create_task(bad(1, TypeError('b')))
    except ExceptionGroup as eg:
        print(str(eg), sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(w(1))
            raise KeyError('body')
    except BaseExceptionGroup as eg:
        print('body err', repr(eg))
    try:
        async with asyncio.timeout(0.01):
            await forever()
    except TimeoutError: print('timeout')
asyncio.run(main())
