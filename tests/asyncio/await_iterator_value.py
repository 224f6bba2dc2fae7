# `await` on an object whose __await__ is a Python iterator: the value its
# StopIteration carries is the result; throw into an unstarted generator
import asyncio


class Ready:
    def __init__(self, value, steps):
        self.value = value
        self.steps = steps

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self.steps:
            self.steps -= 1
            return None         # one trip through the event loop
        raise StopIteration(self.value)


async def main():
    print(await Ready(42, 0), await Ready('x', 2), await Ready((1, 2), 1))
    print(await Ready(None, 1))


asyncio.run(main())


def gen():
    try:
        yield 1
    finally:
        print('finally')     # not reached: the throw comes before the try


g = gen()
try:
    g.throw(KeyError('early'))
except KeyError as e:
    print('KeyError', e)
print(next(g, 'exhausted'))
