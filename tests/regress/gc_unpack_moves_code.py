# tern: heapsize=128k
# Unpacking runs Python code (__getitem__, __next__) that may collect and
# move the code object being run; the VM used to restore its stale
# instruction pointer afterwards and run garbage.
import gc
junk = [str(i) * 5 for i in range(800)]
def make():
    ns = {}
    exec("def f(g):\n    a, b = g\n    c, *d = g\n    return a + b + c + sum(d)\n", ns)
    return ns['f']
f = make()
junk = None
class G:
    def __getitem__(self, i):
        if i < 2:
            gc.collect()
            self.fill = [7] * 4000     # overwrites where the code was
            return i + 1
        raise IndexError
for _ in range(3):
    print(f(G()))
