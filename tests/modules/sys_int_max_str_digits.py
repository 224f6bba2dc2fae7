# sys.set_int_max_str_digits / get_int_max_str_digits and the limit they set
# on int <-> decimal str conversions
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
for f in [lambda: str(big), lambda: repr(big), lambda: "%d" % big, lambda: f"{big}",
          lambda: int("1" * 5000), lambda: int("9" * 4301)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(len(str(10 ** 4299)), int("7" * 4300) % 1000)
print(len(hex(big)) > 0, int("f" * 5000, 16) > 0)   # power-of-two bases are not limited

sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), int("1" * 5000) % 10)
try:
    int("1" * 6001)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError", e)

for f in [lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(1, 2),
          lambda: sys.set_int_max_str_digits("a"), lambda: sys.set_int_max_str_digits(100),
          lambda: sys.set_int_max_str_digits(-1), lambda: sys.set_int_max_str_digits(1.5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(True * 0)
print(sys.get_int_max_str_digits())
