# CPython 3.11 limits int<->str conversion to 4300 digits by default.
x = 3 ** 20000
try:
    print(len(str(x)))
except ValueError as e:
    print("ValueError", e)
try:
    print(int("7" * 5000) > 0)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)), len(hex(x)) > 0)
