# the math module: float functions, their errors, and the integer functions
import math
print(math.sqrt(2), math.pi, math.e, math.tau, math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7))
print(math.factorial(25), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6), math.lcm(0, 5))
print(math.log(100, 10), math.log(2 ** 1000), math.log2(1024), math.log10(0.001), math.exp(1))
print(math.isqrt(10 ** 30), math.isqrt(17), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.hypot(3, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1e308), math.prod([1, 2, 3, 4]))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.degrees(math.pi), math.radians(180))
print(math.atan2(1, 1), math.copysign(3, -0.0), math.fmod(7, -3), math.fabs(-2), math.dist((0, 0), (3, 4)))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 12), math.asin(1), math.acos(1), math.atan(0))
print(math.floor(10 ** 20 + 0.5), type(math.floor(2.0)).__name__, math.ceil(True), math.floor(7))
for f, args in [(math.sqrt, (-1,)), (math.exp, (1000,)), (math.log, (0,)), (math.factorial, (-1,)),
                (math.acos, (2,)), (math.floor, (math.inf,)), (math.isqrt, (-4,)), (math.sqrt, ("x",)),
                (math.factorial, (2.5,)), (math.fmod, (1, 0))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
