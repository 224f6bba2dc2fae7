# tern: heapsize=1m
from decimal import *
D = Decimal
vals = ["0", "-0", "1", "-1", "0.1", "1.5", "2.5", "-2.5", "123.456", "1E+2", "1e-7", "999.9995", "0.00012", "7", "3"]
for a in vals:
    for b in vals:
        x, y = D(a), D(b)
        out = [str(x + y), str(x - y), str(x * y)]
        try: out.append(str(x / y))
        except Exception as e: out.append(type(e).__name__)
        try: out.append(str(x // y)); out.append(str(x % y))
        except Exception as e: out.append(type(e).__name__)
        out.append(str(x < y)); out.append(str(x == y))
        print(a, b, " ".join(out))
for v in vals:
    x = D(v)
    print(v, x.quantize(D("0.01")), x.normalize(), x.to_integral_value(), abs(x), -x, x.adjusted(), repr(x),
          f"{x:.3e}", f"{x:g}", f"{x:10.2f}", x.sqrt() if not x.is_signed() else "-", float(x), x.as_integer_ratio())
for f in [0.1, 1.5, -2.25, 1e20, 1e-20, 3.0]:
    print(D(f), D.from_float(f).quantize(D("1.000")))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(D(v).quantize(D("1"), rounding=r)) for v in ["1.5", "2.5", "-1.5", "-2.5", "1.4", "1.6", "0.5", "5.1"]])
print(getcontext())
