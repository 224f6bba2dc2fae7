# tern: heapsize=4m
# After sys.setrecursionlimit(5000), recursion deeper than 1000 must work.
# Tern raised RecursionError at ~1000 whatever the limit.
import sys
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
for n in [900, 1500, 3000]:
    try:
        print(n, depth(n))
    except RecursionError:
        print(n, "RecursionError")
