# *args
def count(*args):
    return len(args)
def total(first, *rest):
    s = first
    for r in rest:
        s += r
    return s
print(count(), count(1), count(1, 2, 3))
print(total(1), total(1, 2, 3, 4))
def show(*args):
    print(type(args).__name__, args)
show()
show(1, "a")
nums = [4, 5, 6]
show(*nums)
show(0, *nums)
show(*"ab", *(1, 2))
print(total(*nums))
def pos(a, b, c):
    return a * 100 + b * 10 + c
print(pos(*[1, 2, 3]), pos(1, *[2, 3]))
