import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
class ACM:
    async def __aenter__(self): print('aenter'); return 'v'
    async def __aexit__(self, *a): print('aexit'); return False
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def main():
    async with ACM() as v: print(v)
    async for x in agen(3): print('ag', x)
    print([x async for x in agen(2)], [x async for x in AIt()])
    r = await asyncio.gather(asyncio.sleep(0.01, 'a'), asyncio.sleep(0, 'b'))
    print(r)
    t = asyncio.create_task(asyncio.sleep(0, 'task')); print(await t)
    try: await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError: print('timeout')
    q = asyncio.Queue(); await q.put(1); print(await q.get())
    ev = asyncio.Event()
    async def setter(): ev.set()
    asyncio.create_task(setter()); await ev.wait(); print('ev')
    return 'done'
print(asyncio.run(main()))
match {'type': 'pt', 'x': 1, 'y': [2, 3]}:
    case {'type': 'pt', 'x': x, 'y': [a, *rest]}: print('m', x, a, rest)
    case _: print('no')
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(0, _): print('zero')
    case Pt(x, y) if x < y: print('lt', x, y)
for v in [1, 'a', [1, 2], (3,), None, 2.5]:
    match v:
        case int(n): print('int', n)
        case str() as s: print('str', s)
        case [_, _]: print('pair')
        case (x,): print('single', x)
        case None: print('none')
        case float() | complex(): print('num')
print(1 < 2 < 3, 1 < 3 < 2, (a := [1, 2]) and len(a))
x = [1, 2, 3]; x[1:2] = [7, 8, 9]; print(x); del x[::2]; print(x); x[::-1] = [0, 0]; print(x)
first, *_, last = 'hello'; print(first, last)
print(*(i for i in range(3)), sep=',', end='!\n', flush=True)
d = {'a': 1}; d |= {'b': 2}; print(d, d.keys() & {'a'}, d.items() - {('a', 1)}, list(d.values()))
print([*range(2), *'ab'], {*range(2)}, (*range(2),))
l = [3, 1, 2]; print(l.sort() or l, sorted(l, reverse=True), l.copy() is l, l * 2, l.count(1), l.index(2))
t = 1,; print(t, type(t).__name__, (1, 2) + (3,), (1, 2) * 2, (1, 2) < (1, 3), tuple.count((1, 1), 1))
s = {1, 2}; s.add(3); s.discard(5); print(s | {4}, s & {1}, s - {1}, s ^ {1, 9}, s <= {1, 2, 3}, s.isdisjoint({7}))
fs = frozenset([1]); print(fs, hash(fs) == hash(frozenset([1])), {fs: 1}[frozenset({1})])
print(dict(a=1, **{'b': 2}), dict([('x', 1)]), {}.get('k', 0), {'a': 1}.setdefault('b', 5), {'a': 1}.pop('a'))
d = dict.fromkeys(range(3)); d.update({5: 5}, z=1); print(d, list(reversed(d)), d.popitem())
print(list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(filter(lambda x: x % 2, range(5))))
print(type(reversed([1])).__name__, type(iter({})).__name__, type({}.keys()).__name__, type(zip()).__name__)
i = 0
while True:
    i += 1
    if i > 5: break
else: print('never')
for i in range(2): pass
else: print('for-else', i)
try: pass
except: pass
else: print('try-else')
finally: print('finally')
lam = lambda x, *a, k=1, **kw: (x, a, k, kw); print(lam(1, 2, k=3, z=4))
def gen_with_return():
    yield 1
    return 2
print(list(gen_with_return()))
def deco(f): return f
@deco
class C: pass
print(C.__name__)
@(lambda f: f)
def g(): return 'g'
print(g())
assert True, 'x'
try: assert False, 'msg'
except AssertionError as e: print('assert', e)
print(__debug__)
if (n := 10) > 5: print(n)
print([y for x in [[1, 2], [3]] for y in x if (z := y) > 1], z)
print(0 or '' or None or 'v', 1 and 2 and 3, not 0, None is None, 1 != None)
print(int is int, [] == [], [] is [], 'a' 'b', 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 7 % 3 * 2, 2 + 3 * 4 ** 2 // 5)
print(1 if 0 else 2 if 0 else 3, [1, 2][True], 'abc'[-1], ~-1, +-+1)
