# A frame keeps a body's locals dict and a generator's object in one field
# (src/vm.h tern_frame.ctx): locals(), vars(), class bodies, exec and
# import * inside generators must see the right one.
def gen(a):
    b = a + 1
    yield sorted(locals().items())
    yield sorted(vars().items())
    class C:
        x = a
        y = [b]
        yield_ = sorted(k for k in locals() if not k.startswith('__'))
    yield C.x, C.y, C.yield_
    ns = {}
    exec("z = a * 10", {'a': a}, ns)
    yield ns
    yield eval("a + b")

print(list(gen(1)))

g = (i for i in [])
for src in ("x = 1", "x"):
    try:
        exec(src, {}, g)
    except TypeError:
        print("TypeError")

async def co(n):
    return sorted(locals())

c = co(3)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

x = 5
print(sorted(k for k in locals() if k in ('x', 'g', 'c')))
