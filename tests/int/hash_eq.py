# hashing: equal numbers hash alike
print(hash(1), hash(-1), hash(-2), hash(0), hash(True), hash(False))
# raw hashes of big values depend on the word size (CPython's modulus is
# 2**61 - 1 on 64-bit hosts, 2**31 - 1 on 32-bit ones): test relations only
print(hash(2 ** 100) == hash(2 ** 100 + 0), hash(-(2 ** 100)) == -hash(2 ** 100), hash(2 ** 70) == hash(2.0 ** 70))
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(-5.0) == hash(-5))
print(hash(0.5) == hash(0.5 * 1), hash(-0.25) == -hash(0.25), hash(float('inf')), hash(float('-inf')))
d = {1: 'a', 2 ** 70: 'b', 3.0: 'c'}
print(d[1.0], d[2 ** 70], d[3], d[True])
print({1, 1.0, True}, len({2 ** 64, 2.0 ** 64}))
