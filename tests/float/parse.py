# float() from strings and numbers
for s in ['1.5', ' 1.5 ', '-2', '+3.25', '1e10', '1E-3', '.5', '5.', 'inf', '-inf', 'Infinity', 'nan', '-NaN',
          '1_000.5', '0x10' if False else '16', '  -0.0 ', '1e500', '-1e500', '4.9e-324', '123456789.123456789']:
    print(repr(s), float(s))
print(float(3), float(-2 ** 70), float(True), float(), float(2.5))
for s in ['x', '1e', '1_', '_1', '1__0', 'e5', '--1', '1.5.', 'in f']:
    try:
        float(s)
    except ValueError as e:
        print(e)
class F:
    def __float__(self):
        return 2.25
print(float(F()))
