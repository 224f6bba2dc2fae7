# Dict and list work: counting, grouping, sorting, comprehensions.
def main():
    counts = {}
    groups = {}
    data = [(i * 7919) % 10007 for i in range(500000)]
    for v in data:
        k = v % 1000
        counts[k] = counts.get(k, 0) + 1
        if k in groups:
            groups[k].append(v)
        else:
            groups[k] = [v]
    total = 0
    for k in sorted(groups):
        g = groups[k]
        g.sort()
        total += g[0] + g[-1] + len(g)
    inverted = {v: k for k, v in counts.items()}
    evens = [x for x in data if x % 2 == 0]
    pairs = list(zip(evens[:1000], evens[1000:2000]))
    total += len(inverted) + len(evens) + sum(a - b for a, b in pairs)
    for _ in range(40):
        d = dict.fromkeys(range(20000), 0)
        for i in range(0, 20000, 3):
            d[i] += i
        total += sum(d.values()) % 1000
        lst = list(d.keys())
        lst.reverse()
        total += lst[0] + lst.index(19000)
    return total
print(main())
