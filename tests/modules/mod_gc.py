# the gc module
import gc
gc.collect()
print(type(gc.collect()).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
big = [list(range(50)) for i in range(200)]
del big
gc.collect()
print("ok")
