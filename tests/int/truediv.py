# true division of ints is correctly rounded
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 0 / 5, 10 ** 20 / 3, 2 ** 60 / 3)
print(10 ** 400 / 10 ** 399, (2 ** 1100 + 1) / 2 ** 1000, 1 / 2 ** 1070)
print((10 ** 50 + 1) / (10 ** 49), 123456789012345678901234567890 / 987654321)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
