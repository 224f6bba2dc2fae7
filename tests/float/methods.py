# float methods and attributes
for v in [1.0, 1.5, -2.0, 0.1, 1e20, -0.0]:
    print(v.is_integer(), v.as_integer_ratio(), v.hex(), v.real, v.imag, v.conjugate())
print(float.fromhex('0x1.8p+1'), float.fromhex('-0x1p-2'), (3.0).hex(), (0.0).hex(), (5e-324).hex())
print(int(2.9), int(-2.9), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2))
print(round(1.25, 1), round(1.35, 1), round(-1.45, 1), round(12345.678, -2), round(0.5, 0), round(-0.4, 0))
print(round(1e300, 2), round(123.456, 5), round(5.5), type(round(5.5)), type(round(5.5, 0)))

print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__(), (-2.5).__floor__())
