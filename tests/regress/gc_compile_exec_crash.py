# tern: heapsize=512k
# Segfault (make_varnames / interp LOAD_CONST, LOAD_ATTR) when a collection
# happens while exec() compiles a class; the normal build crashes at 512k
# (also at 128k-192k and at the default heap with more live data), the
# stress build does not catch it.
meths = "".join(f"    def m{i}(self, o):\n        return self.x * o + {i}\n" for i in range(40))
src = "class C:\n    x = 1\n" + meths
keep = []
for i in range(400):
    keep.append([str(j) * 3 for j in range(i % 37)])
    if len(keep) > 60:
        keep.pop(0)
    ns = {}
    exec(src, ns)
    assert ns["C"]().m39(2) == 41
print("ok")
