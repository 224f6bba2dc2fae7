# Generator pipelines: yield, yield from, send, generator expressions, itertools-free helpers.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def primes():
    found = []
    for n in numbers():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count
print(list(take(15, primes())))
print(list(chunks(take(10, numbers()), 3)))
print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[8]]]])))
g = averager()
next(g)
print([g.send(v) for v in (10, 20, 30, 45)])
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
squares = (x * x for x in range(10))
print(sum(squares), sum(squares))
evens = filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(10)))
print(list(evens), list(zip("abc", numbers())), dict(zip(range(3), "xyz")))
