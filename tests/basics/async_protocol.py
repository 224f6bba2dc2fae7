class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n * 10
async def inner(x):
    r = await Sleep(x)
    return r + 1
async def outer():
    total = 0
    for i in range(3):
        total += await inner(i)
    return total
def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, steps
print(run(outer()))
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await Sleep(self.i)
        return self.i
class ACtx:
    async def __aenter__(self):
        print("aenter"); return "ctx"
    async def __aexit__(self, *a):
        print("aexit", a[0]); return False
async def main():
    out = []
    async for v in AIter(3):
        out.append(v)
    async with ACtx() as c:
        out.append(c)
    return out
print(run(main()))
c = main()
print(type(c).__name__)
c.close()
async def thrower():
    try:
        await Sleep(1)
    except ValueError as e:
        return "caught " + str(e)
t = thrower()
print(t.send(None))
try:
    t.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
