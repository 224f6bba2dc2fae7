# complex numbers: literals, constructor, arithmetic, repr, comparison, errors
a = 1+2j
b = complex(3, -4)
print(a, b, a+b, a-b, a*b, a/b, a**2, b**-1, abs(b), a.real, a.imag, a.conjugate())
print(1j, -1j, 2.5j, complex(0,0), complex(-0.0, 1), complex("1+2j"), complex("-3.5j"), complex(1), 1j*1j)
print(a == complex(1, 2), 1 == complex(1, 0), hash(complex(2, 0)) == hash(2), bool(0j), (1+0j) ** 0.5, (2+3j) ** (1+1j))
print(2 * a, a * 2.5, 1 / a, -a, a != b, repr(complex(1e20, -1e-20)), complex(float("inf"), float("nan")))
print(type(a).__name__, isinstance(a, complex), complex(" (1-1j) "), complex(2, 3j), sum([1j, 2, 3.5]))
print({1j: "x"}[1j], [1j, 2j][1], str(3+0j), f"{1+1j}", "%s" % (2-2j,), (1+2j) * (1-2j))
for f in [lambda: a < b, lambda: a // 2, lambda: a / 0, lambda: a % 2, lambda: complex("x"),
          lambda: 0j ** -1, lambda: complex("1", 2), lambda: int(a)]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
