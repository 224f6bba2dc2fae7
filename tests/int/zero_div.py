# ZeroDivisionError messages
for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0,
          lambda: 2 ** 70 // 0, lambda: 2 ** 70 % 0, lambda: 0 ** -1, lambda: pow(2, 3, 0)):
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except ValueError as e:
        print("ValueError:", e)
