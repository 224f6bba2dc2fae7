# round(float, negative ndigits) must be correctly rounded (CPython rounds
# the exact decimal value; dividing/multiplying by 10**k loses precision).
x = 6.7465131754967015e+19
print(repr(round(x, -1)), repr(round(x, -2)), repr(round(x, -3)))
print(repr(round(123456789.123, -1)), repr(round(1.5e20, -3)))
