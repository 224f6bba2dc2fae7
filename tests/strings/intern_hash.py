# hashing and dict keys built at run time
d = {}
for i in range(50):
    d['key' + str(i)] = i
print(d['key7'], d['key' + '49'], len(d), 'key3' in d, 'nokey' in d)
a = 'ab' + 'cd'
b = 'abc' + 'd'
print(a == b, hash(a) == hash(b), a is not None)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
class C:
    pass
c = C()
setattr(c, 'dyn' + 'amic', 5)
print(getattr(c, 'dynamic'), hasattr(c, 'dyn' + 'amic'))
