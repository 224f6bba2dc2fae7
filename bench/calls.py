# Function calls: positional, default and keyword arguments, nested calls.
def add(a, b):
    return a + b
def add3(a, b, c=1):
    return add(add(a, b), c)
def kw(x, y=2, z=3):
    return x + y * z
def main():
    total = 0
    for i in range(1500000):
        total = add(total, i)
        total = add3(total, 1)
        total = add3(total, 2, c=3)
        total += kw(i, z=1)
        total %= 1000000007
    return total
print(main())
