# aiter() and anext(), with and without a default, on async iterators
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Wrapper:
    # __aiter__ returning another object
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return Countdown(self.n)


class BadAiter:
    def __aiter__(self):
        return 42


async def main():
    it = aiter(Countdown(3))
    print(type(it).__name__)
    print(await anext(it), await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(it, "done"), await anext(it, None))
    it2 = aiter(Wrapper(2))
    print(type(it2).__name__, await anext(it2, -1), await anext(it2, -1), await anext(it2, -1))
    out = []
    async for x in Wrapper(4):
        out.append(x)
    print(out)
    # the default only replaces StopAsyncIteration
    class Failing:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise ValueError("inner")
    try:
        await anext(Failing(), 0)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())

for f in [lambda: aiter(1), lambda: aiter(BadAiter()), lambda: anext(1), lambda: anext(1, 2),
          lambda: aiter(), lambda: aiter(1, 2), lambda: anext(), lambda: anext(1, 2, 3),
          lambda: aiter([1, 2])]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(aiter.__name__, anext.__name__)
