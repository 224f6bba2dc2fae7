import asyncio

async def hello(name, delay):
    await asyncio.sleep(delay)
    print("hello", name)
    return name.upper()

async def main():
    r = await hello("a", 0.01)
    print("got", r)
    results = await asyncio.gather(hello("x", 0.03), hello("y", 0.01), hello("z", 0.02))
    print(results)
    t = asyncio.create_task(hello("task", 0.01))
    print(t.done())
    print(await t, t.done(), t.result())
    return 42

print(asyncio.run(main()))
