# tern: heapsize=24k
# sys.setrecursionlimit in a small block: a low limit is obeyed, and a
# limit higher than the block can hold ends in RecursionError, not a crash.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

sys.setrecursionlimit(30)
print(sys.getrecursionlimit(), depth(20))
try:
    depth(50)
except RecursionError:
    print("limit 30")

sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
try:
    depth(100000)
except RecursionError:
    print("limit 100000: out of stack")
print(depth(15))
