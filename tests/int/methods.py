# int methods
for v in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100)]:
    print(v.bit_length(), v.bit_count() if hasattr(v, 'bit_count') else '', v.conjugate(), v.real, v.imag)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print((255).to_bytes(1, 'big'), (2 ** 64).to_bytes(9, 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print((7).__index__(), (5).numerator, (5).denominator, (10).as_integer_ratio())
