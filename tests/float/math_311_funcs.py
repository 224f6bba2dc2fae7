import math
# libm's cbrt is not correctly rounded everywhere (27 -> 3.0000000000000004
# on x86-64 glibc, 3.0 on i386): compare to 12 digits
for x in (27.0, 8, -27, 0.0, -0.0, 1e300, 2.5):
    print(round(math.cbrt(x), 12))
for x in (0, 3, -1, 0.5, 1023):
    print(math.exp2(x))
try: math.exp2(5000)
except OverflowError as e: print(e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(2.0, 2.0))
for x in (1.0, 0.0, -1.0, 1e300, 5e-324, math.inf, 1.7976931348623157e308):
    print(math.ulp(x))
print(math.isnan(math.ulp(math.nan)))
print((-2) ** 0.5, (-8.0) ** (1/3), (-1) ** 0.5, 2 ** -0.5, (-2.0) ** 2.0, (-2) ** -1)
try: math.pow(-2, 0.5)
except ValueError as e: print(e)
