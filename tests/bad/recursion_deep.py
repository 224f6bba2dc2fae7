# Unbounded recursion raises RecursionError, which can be caught; the
# interpreter stays usable afterwards.
def f():
    return f()
try:
    f()
except RecursionError:
    print('ok')
def g(n):
    return g(n + 1) + 1
try:
    g(0)
except RecursionError as e:
    print('ok again', type(e).__name__)
print(sum(range(10)))
