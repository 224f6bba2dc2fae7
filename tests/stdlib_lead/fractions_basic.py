from fractions import Fraction as F
print(F(3, 4), F(6, -8), repr(F(1, 3)), F("3/7"), F("-1.25"), F("2e-3"), F(0.5), F(5), F(F(1, 2), F(3, 4)))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(1, 3)), -a, abs(F(-2, 5)), a ** 2, a ** -2, F(-2, 3) ** -3)
print(a + 1, 1 + a, a * 3, 2 / a, a + 0.5, a == F(2, 6), a < b, a > 0.3, a == 1 / 3, F(1, 2) == 0.5, F(2) == 2)
print(float(F(1, 3)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), F(7, 2).__floor__(), F(7, 2).__ceil__())
print(F(3.141592653589793).limit_denominator(1000), F(0.1).limit_denominator(), F(1, 3).limit_denominator(2))
print(hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), F(1, 3).as_integer_ratio(), sorted([F(1, 2), F(1, 3), F(2, 3)]))
print(sum(F(1, n) for n in range(1, 11)), str(F(-5, 10)), F(1, 2).numerator, F(1, 2).denominator)
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F("1/0")]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
