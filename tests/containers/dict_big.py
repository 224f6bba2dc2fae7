# tern: heapsize=8m
# A dict around the size where its index slots widen from 2 to 4 bytes
# (more than 65536 slots, i.e. more than 43690 entries): insert, delete,
# reinsert, look up, copy (see dict_sizes.py for the smaller thresholds).
d = {}
for i in range(43680):
    d[i] = i
for n in range(43680, 43720):
    d[n] = n
    assert d[n] == n and d[n // 2] == n // 2 and (n + 1) not in d
print(len(d), sum(d.values()))
for i in range(0, 43720, 2):
    del d[i]
print(len(d), sum(d.values()), 0 in d, 1 in d)
for i in range(0, 100000, 4):
    d[i] = -i
print(len(d), sum(d.values()), d[43716], d[43717], d[99996])
c = d.copy()
d.clear()
print(len(c), sum(c), list(c)[:3], list(c)[-3:], c.popitem(), len(c))
