import _thread
lock = _thread.allocate_lock()
done = []
def w(n, tag='x'):
    with lock:
        done.append((n, tag))
for i in range(3):
    _thread.start_new_thread(w, (i,), {'tag': 'k'})
while True:
    with lock:
        if len(done) == 3:
            break
print(sorted(done), lock.locked(), type(_thread.get_ident()).__name__)
print(lock.acquire(), lock.locked()); lock.release()
try: _thread.start_new_thread(w, [1])
except TypeError as e: print(e)
import importlib
print(importlib.import_module('json').__name__, importlib.import_module('.abc', 'collections').__name__)
try: importlib.import_module('.x')
except TypeError as e: print(e)
m = __import__('collections.abc', fromlist=['Mapping']); print(m.__name__)
print(__import__('collections.abc', fromlist=[]).__name__, __import__('collections.abc').__name__)
