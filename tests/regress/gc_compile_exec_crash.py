# tern: heapsize=512k
# Segfault (make_varnames / interp LOAD_CONST, LOAD_ATTR) when a collection
# happens while exec() compiles a class; the normal build crashed at 512k
# (also at 128k-448k, and at the default heap with more live data); the
# stress build does not catch it.
meths = "".join(f"    def m{i}(self, o):\n        return self.x * o + {i}\n" for i in range(40))
src = "class C:\n    x = 1\n" + meths
for mod in (37, 29, 43, 51):
    keep = []
    for i in range(150):
        keep.append([str(j) * 3 for j in range(i % mod)])
        if len(keep) > 60:
            keep.pop(0)
        ns = {}
        exec(src, ns)
        assert ns["C"]().m39(2) == 41
print("ok")
