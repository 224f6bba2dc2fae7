# `s += t` may grow s in place (Tern tracks when nobody else can see it);
# every way of keeping another reference must still see the old value.
s = 'a'
for i in range(5):
    s += str(i)
t = s
s += 'X'
print(t, s)

def f():
    s = ''
    keep = []
    for i in range(6):
        s += 'ab'
        if i % 2:
            keep.append(s)
    u = s
    s += 'END'
    v = s
    s += s
    return keep, u, v, s
print(f())

def g():
    s = 'x'
    for i in range(4):
        s += 'y'
    d = locals()
    s += 'z'
    return d['s'], s
print(g())

def h():
    s = 'p'
    s += 'q'
    def inner():
        return s
    r = inner()
    s += 'r'
    return r, s, inner()
print(h())

G = 'g'
for i in range(3):
    G += 'h'
gl = globals()
copy = dict(gl)
G += 'i'
print(copy['G'], G)

import sys
mod = sys.modules[__name__]
H = 'm'
H += 'n'
alias = mod.H
H += 'o'
print(alias, H)

class C:
    pass
c = C()
s = 'k'
s += 'l'
c.attr = s
s += 'm'
print(c.attr, s)
c.attr += 'z'
print(c.attr, s)

lst = ['a']
lst[0] += 'b'
snap = lst[:]
lst[0] += 'c'
print(snap, lst)

d = {}
s = 'key'
s += '1'
d[s] = 1
s += '2'
print(d, s, hash('key1') == hash(list(d)[0]))

def gen():
    s = 'G'
    for i in range(3):
        s += str(i)
        yield s
print(list(gen()))

s = 'é'
for ch in 'ñü€':
    s += ch
print(s, len(s), s[2], s[-1])
x = s
s += '!'
print(x, s, len(x), len(s))

a = ''
a += 'first'
b = a
a += ''
a += 'more'
print(a, b)

n = 0
s = ''
while n < 2000:
    s += 'abc'
    n += 1
print(len(s), s[:6], s[-6:], s.count('abc'))

def exc():
    s = 'e'
    try:
        s += 1
    except TypeError as e:
        print(e)
    s += 'f'
    return s
print(exc())

# namespaces handed out before the appends
gl = globals()
Q = 'q'
Q += 'r'
copy2 = dict(gl)
Q += 's'
print(copy2['Q'], Q)

class K:
    s = 'cls'
    s += 'body'
    t = s
    s += 'more'
print(K.s, K.t)

class K2:
    s = 'c'
    s += 'd'
x = K2.s
x += 'e'
print(K2.s, x)

def outer():
    s = 'o'
    def inner():
        nonlocal s
        s += 'i'
        return s
    r1 = inner()
    cell = inner.__closure__[0].cell_contents
    r2 = inner()
    return r1, cell, r2
print(outer())

ns = {}
exec("s = 'ex'\nfor i in range(3):\n    s += 'x'\n", ns)
held = ns['s']
exec("s += 'y'", ns)
print(held, ns['s'])

def fglob():
    global FG
    FG += 'b'
FG = 'a'
fglob()
g2 = fglob.__globals__
c3 = dict(g2)
fglob()
print(c3['FG'], FG)
