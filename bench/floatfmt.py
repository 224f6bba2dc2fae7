# Float formatting and parsing: repr, str, %-formatting, format specs,
# f-strings, float() of strings.
def main():
    checksum = 0
    x = 0.1
    for i in range(60000):
        x = x * 1.000137 + 0.0003
        s = repr(x)
        checksum += len(s) + len(str(x / 7))
        checksum += len("%.3f %e %g" % (x, x, x))
        checksum += len(format(x, "10.4f")) + len(f"{x:,.2f}|{x * 1e6:.6g}|{-x:+.1%}")
        checksum += int(float(s) == x)
    return checksum
print(main())
