# hash(float) agrees with hash(int) for integral values
for v in [0.0, 1.0, -1.0, 2.0 ** 61, 2.0 ** 62, 1e20, -1e20, 2.0 ** 100, 123.0]:
    print(hash(v) == hash(int(v)), hash(v) if abs(v) < 2 ** 30 else "big")
# hashes of fractional floats depend on the word size: relations only
print(hash(-0.25) == -hash(0.25), hash(1e-10) == hash(1e-10), type(hash(3.14159)).__name__)
