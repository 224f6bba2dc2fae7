# ZeroDivisionError and friends
tests = [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: 0.0 ** -1,
         lambda: 10.0 ** 400, lambda: float('x'), lambda: float(''), lambda: float('1.2.3'),
         lambda: int(float('inf')), lambda: int(float('nan')), lambda: (-8.0) ** 0.5 * 0 if False else float(None)]
for t in tests:
    try:
        print(t())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
