# int() from strings, floats and bools
print(int('42'), int('  -17  '), int('+5'), int('1_000_000'), int('0'), int('00'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('777', 8), int('-0b11', 0), int('1' * 40), int('-' + '9' * 30))
print(int(3.9), int(-3.9), int(1e20), int(-2.5e30), int(True), int(False), int())
print(int('12', base=10), int(b'34'))
for bad in ['abc', '', ' ', '1_', '_1', '1__0', '0x', '12a', '010']:
    try:
        print(int(bad, 0 if bad == '010' else 10))
    except ValueError as e:
        print("ValueError:", e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)
try:
    int('5', 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
class I:
    def __int__(self):
        return 7
class J:
    def __index__(self):
        return 9
print(int(I()), int(J()))
