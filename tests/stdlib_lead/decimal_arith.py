# tern: heapsize=1m
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
D = Decimal
print(D("0.1") + D("0.2"), D("0.1") + D("0.2") == D("0.3"), 0.1 + 0.2 == 0.3)
print(D(10) / D(3), D(1) / D(7), D(2) / D(4), D("1.00") / D("0.5"), D(100) / D(10))
print(D("1.30") + D("1.20"), D("1.3") * D("1.2"), D("-7.5") // D(2), D("-7.5") % D(2), divmod(D(7), D(3)))
print(D("123.456").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP),
      D("2.665").quantize(D("0.01")), D("-1.5").quantize(D("1"), rounding=ROUND_DOWN))
print(D("1e3"), D("1E+3") + 0, D("0.000001"), D("0.0000001"), D("123E-10"), D("-0"), D("5.000"))
print(repr(D("3.14")), str(D(1.1)), D.from_float(0.5), D(2) ** 10, D(2) ** -2, D("1.5") ** 2)
print(D(2).sqrt(), D(16).sqrt(), D("0.25").sqrt(), D(10).sqrt())
print(sorted([D("1.5"), D("-2"), D("0.25"), D(1)]), max(D(1), D("1.0")), D("1.0") == 1, D("0.5") < 1)
print(int(D("12.99")), float(D("2.5")), round(D("2.5")), round(D("3.5")), round(D("1.2345"), 2))
print(D("1.20").normalize(), D("100").normalize(), D("0.00").normalize(), D(" 42 "), D("1_000"))
print(D("12.345").as_tuple(), D("-0.01").adjusted(), D("inf"), D("-Infinity"), D("nan"))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.1f}", f"{D('0.125'):.1%}", f"{D('12345.678'):>12.2f}|")
getcontext().prec = 6
print(D(1) / D(3), D(2).sqrt(), D("123456789") * 1, D("1.23456789") + 0)
with localcontext() as ctx:
    ctx.prec = 50
    print(D(1) / D(7))
print(D(1) / D(3))
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_UP
print(D("0.125").quantize(D("0.01")), D("1") / D("8"))
getcontext().rounding = "ROUND_HALF_EVEN"
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    D("abc")
except InvalidOperation:
    print("InvalidOperation")
print(sum([D("0.1")] * 10), D("19.99") * 3, D(5) - D("0.01"), -D("3"), abs(D("-2.50")))
print(hash(D(5)) == hash(5), hash(D("0.5")) == hash(0.5), D(3).is_zero(), D(0).is_zero(), D("1e5").to_integral_value())
print(D(10) ** 30, D("1.1") ** 50, D("9.99") * D("9.99"))
total = D("0")
for price in ["19.99", "5.01", "0.10", "100.00"]:
    total += D(price) * D("1.08")
print(total, total.quantize(D("0.01")), round(total, 2))
