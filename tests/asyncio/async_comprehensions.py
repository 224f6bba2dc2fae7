import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

class AIt:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n: raise StopAsyncIteration
        return self.i

async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x % 3 async for x in agen(7)})
    print({x: str(x) async for x in AIt(3)})
    print([await double(x) for x in range(3)])
    print([x for x in range(6) if await double(x) > 4])
    print([[y async for y in agen(x)] for x in range(3)])
    print([[await double(y) for y in range(x)] async for x in agen(3)])
    print([(x, y) async for x in agen(2) for y in 'ab'])
    print([(x, y) for x in 'ab' async for y in agen(2)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    h = (await double(x) for x in range(3))
    print(type(h).__name__, [v async for v in h])
    async for v in (x async for x in AIt(2)):
        print('genexp item', v)
    ag = agen(3)
    print(await ag.__anext__(), await ag.asend(None))
    await ag.aclose()
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print('closed')
    async def gen_with_finally():
        try:
            yield 1
            yield 2
        finally:
            print('cleanup')
    async for v in gen_with_finally():
        print('got', v)
    gf = gen_with_finally()
    print(await gf.__anext__())
    await gf.aclose()
    try:
        [x async for x in 5]
    except TypeError as e:
        print('TypeError', e)
    return 'done'

print(asyncio.run(main()))

def sync_maker():
    return (x async for x in agen(2))
async def use():
    return [v async for v in sync_maker()]
print(asyncio.run(use()))
