# hash(float) agrees with hash(int) for integral values
for v in [0.0, 1.0, -1.0, 2.0 ** 61, 2.0 ** 62, 1e20, -1e20, 2.0 ** 100, 123.0]:
    print(hash(v) == hash(int(v)), hash(v))
print(hash(0.5), hash(-0.25), hash(1e-10), hash(3.14159))
