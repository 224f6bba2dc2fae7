# A generator abandoned mid-iteration runs its finally block (GeneratorExit)
# when it is collected. CPython does it at once (refcounting); gc.collect()
# is called here so that a tracing collector can match. Tern never runs it:
# not on break, not after gc.collect(), not at exit.
import gc
def g():
    try:
        yield 1
        yield 2
    finally:
        print("g finally")
for x in g():
    print(x)
    break
gc.collect()
print("after loop")
def first(it):
    for x in it:
        return x
r = first(g())
gc.collect()
print(r)
print("end")
