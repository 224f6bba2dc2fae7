# tern: heapsize=4m
import itertools, collections, functools, math, string, re, json, random
# typical exercise programs
def primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b'\x00\x00'
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i*i::i] = bytearray(len(sieve[i*i::i]))
    return [i for i, v in enumerate(sieve) if v]
print(primes(50))
m = memoryview(bytearray(b'hello'))
m[0] = ord('j'); print(m.tobytes(), bytes(m[1:3]), m.nbytes)
import array
a = array.array('d', [1.5, 2.5]); a.append(3); print(a, a.tolist(), sum(a), a.itemsize)
print(bytes.fromhex('de ad be ef').hex(' '), b'abc'.rjust(5, b'-'), b'x,y'.split(b','), b'%05.1f|%s' % (3.14159, b'z'))
print('caf\u00e9'.encode('utf-16-le'), 'x'.encode('utf-32'), b'\xff\xfeh\x00i\x00'.decode('utf-16'))
import cmath
print(cmath.sqrt(-4), cmath.exp(1j * cmath.pi).real, cmath.phase(-1), cmath.polar(1j), abs(cmath.rect(2, 1)))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('careful', DeprecationWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
import numbers, inspect
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Rational), issubclass(complex, numbers.Complex))
def sig(a, b=2, *args, c, d=4, **kw): pass
print(inspect.signature(sig), list(inspect.signature(sig).parameters), inspect.isfunction(sig), inspect.isclass(int))
import os
print(os.path.basename(os.getcwd()) != '', isinstance(os.listdir('.'), list), os.path.isdir('/'), os.sep)
async def agen():
    for i in range(3):
        yield i
import asyncio
async def main():
    print([x async for x in agen()], await anext(aiter(agen())))
asyncio.run(main())
s = ''
for w in 'the quick brown fox'.split():
    s += w[::-1] + ' '
print(s.strip())
print(sorted(collections.Counter('mississippi').items(), key=lambda kv: (-kv[1], kv[0])))
print(functools.reduce(math.gcd, [12, 18, 30]), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print(f"{'name':<10}|{'qty':>5}|{'price':>8}")
for name, q, p in [('apple', 3, 1.5), ('kiwi', 12, 0.25)]:
    print(f"{name:<10}|{q:>5}|{p:>8.2f}")
print(re.sub(r'(\d+)', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(json.dumps({'k': [1, 2, {'x': None}]}, indent=1, sort_keys=True))
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(sys_ok := True)
