# Generators: pipelines of generator functions, yield from delegation,
# generator expressions consumed by sum/any/list, and send().
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
def chained(n):
    yield from numbers(n)
    yield from range(n)
def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)
def accumulator():
    total = 0
    while True:
        x = yield total
        total += x
def main():
    total = sum(squared(evens(numbers(1500000))))
    total += sum(chained(500000))
    total += sum(tree(18))
    total += sum(x * 2 for x in range(1000000) if x % 3)
    total += len([y for y in (x + 1 for x in range(500000))])
    total += any(x > 499998 for x in range(500000))
    acc = accumulator()
    next(acc)
    for i in range(500000):
        last = acc.send(i)
    return total, last
print(main())
