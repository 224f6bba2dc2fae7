# int(), str(), float() conversions
print(int("42"), int("-17"), int("  8  "), int("+5"), int(3.99), int(-3.99), int(True))
print(int("ff", 16), int("101", 2), int("0x1f", 16), int("z", 36), int("0", 8))
print(int(), float(), str())
print(str(42), str(-1.5), str("s"), str([1, "a"]), str((1,)), str({"a": 1}))
print(float("3.5"), float("-0.25"), float("1e3"), float(" 2 "), float(7), float("inf"), float("-inf"))
print(int("1_000"), float("1_0.5"))
print(repr(str(1.0)), repr(str(10)), int(float("2.5")))
print(int("-0"), str(-0), str(0.0), str(-0.0))
