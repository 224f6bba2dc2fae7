# format(x, "") / f"{x}" on an int/float/str subclass with __str__ uses
# str(x) (object.__format__ semantics for an empty spec).
class J(float):
    def __str__(self): return "J!"
class K(int):
    def __str__(self): return "K!"
class S(str):
    def __str__(self): return "S!"
for v in [J(2.5), K(3), S("s")]:
    print(f"{v}", format(v), "{}".format(v), str(v), f"{v!s}")
