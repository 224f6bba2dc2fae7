# bitwise operations with Python semantics for negatives and big values
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40, -(2 ** 40), 2 ** 70 + 3, -(2 ** 70) - 5]
for a in vals:
    print(a, [a & b for b in vals])
    print([a | b for b in vals])
    print([a ^ b for b in vals])
for a in vals:
    print(a << 3, a >> 3, a << 65, a >> 65, ~a, a >> 1000)
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -(2 ** 100) >> 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(True & False, True | False, True ^ True, type(True & True), True & 3, 6 & True)
