# Passing a positional-only parameter by keyword: CPython's message.
def pos(a, b, /, c):
    return a, b, c
print(pos(1, 2, c=3))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    pos(a=1, b=2, c=3)
except TypeError as e:
    print(e)
