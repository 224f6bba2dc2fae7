# tern: heapsize=20k
# Recursion through generators in a small block: each level resumes the
# next generator, whose frame and saved slots go on the shared stack
# region; running out is a RecursionError, never a crash.

def chain(n):
    yield n
    yield from chain(n + 1)

try:
    for x in chain(0):
        pass
except RecursionError:
    print("yield from")

def nested(n):
    for x in nested(n + 1):
        yield x
    yield n

try:
    next(nested(0))
except RecursionError:
    print("for over a generator")

def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)

print(sum(tree(6)))

def g(n):
    try:
        yield next(g(n + 1))
    except RecursionError:
        yield n

print("caught inside", next(g(0)) > 3)

async def co(n):
    return await co(n + 1)

try:
    co(0).send(None)
except RecursionError:
    print("coroutines")

print(sum(x for x in range(10)))
