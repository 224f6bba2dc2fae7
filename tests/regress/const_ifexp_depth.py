# A conditional expression whose test is a constant compiles to one
# branch; the stack depth the compiler tracks must still come out right,
# or an exception handler later in the code cuts the stack too low.
x = 1 if True else 0
y = "a" if 0 else "b"
z = [1 if 1 else 2 for _ in range(2)]
for item in [1, 2, 3]:
    try:
        raise ValueError(item)
    except ValueError as e:
        print("caught", e)
def f():
    a = (lambda: 1) if None else (lambda: 2)
    for v in "ab":
        try:
            {}[v]
        except KeyError as k:
            print("key", k, a())
    return x, y, z, (1 and 2 if True else 3), (0 or 5 if False else 6)
print(f())
while True if x else False:
    try:
        1 / 0
    except ZeroDivisionError:
        print("zero")
    break
