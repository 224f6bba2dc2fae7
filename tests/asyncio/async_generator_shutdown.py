# async generators left suspended (a break out of async for, an anext not
# run to the end) are closed when asyncio.run ends: their finally blocks run
# after the rest of main
import asyncio


async def numbers(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print('closing', name)


async def short(name):
    try:
        yield name
    finally:
        print('closing', name)


async def main():
    async for x in short('done'):
        print(x)
    async for x in numbers('first'):
        if x == 2:
            break
    g = numbers('second')
    print(await anext(g))
    print('main returns')


asyncio.run(main())
print('after run')
