# hashing: equal numbers hash alike
print(hash(1), hash(-1), hash(-2), hash(0), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(-5.0) == hash(-5))
print(hash(0.5), hash(1.5), hash(-0.5), hash(float('inf')), hash(float('-inf')))
d = {1: 'a', 2 ** 70: 'b', 3.0: 'c'}
print(d[1.0], d[2 ** 70], d[3], d[True])
print({1, 1.0, True}, len({2 ** 64, 2.0 ** 64}))
