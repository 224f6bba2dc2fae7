import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    return "never"

async def quick():
    await asyncio.sleep(0.01)
    return "quick"

async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(quick(), 1))
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    res = await asyncio.gather(quick(), failing(), return_exceptions=True)
    print(res[0], type(res[1]).__name__, res[1])
    try:
        await asyncio.gather(quick(), failing())
    except ValueError as e:
        print("gather raised", e)
    done, pending = await asyncio.wait([asyncio.create_task(quick())])
    print(len(done), len(pending), [d.result() for d in done])
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event seen")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    lock = asyncio.Lock()
    order = []
    async def worker(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
            order.append(i)
    await asyncio.gather(*(worker(i) for i in range(3)))
    print(order)

asyncio.run(main())
try:
    asyncio.run(failing())
except ValueError as e:
    print("run raised", e)
