# recursion to depth 500 must work
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def sum_to(n, acc=0):
    return acc if n == 0 else sum_to(n - 1, acc + n)
print(sum_to(500))
def build(n):
    return [] if n == 0 else [n, build(n - 1)]
x = build(300)
d = 0
while x:
    d += 1
    x = x[1]
print(d)
