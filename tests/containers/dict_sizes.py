# Dicts across their table sizes: small ones are scanned without an index
# (up to 8 entries), larger ones have an index of 1-, 2- or 4-byte slots
# (up to 128, 65536 and more slots). Deleting, reinserting, popitem and
# copies at each threshold (the 4-byte index: dict_big.py); keys whose __eq__ mutates the dict during a
# lookup, in both kinds of table.

def check(d, ref):
    assert len(d) == len(ref), (len(d), len(ref))
    assert list(d.items()) == ref, (list(d.items())[:5], ref[:5])
    for k, v in ref:
        assert d[k] == v and k in d
    assert 'absent' not in d and -1 not in d


def sizes():
    for n in (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 16, 17, 85, 86, 87, 170, 171, 300):
        d = {}
        ref = []
        for i in range(n):
            d[i] = i * 2
            ref.append((i, i * 2))
        check(d, ref)
        # delete every third, reinsert some as new keys
        for i in range(0, n, 3):
            del d[i]
        ref = [(k, v) for k, v in ref if k % 3]
        check(d, ref)
        for i in range(0, n, 6):
            d[i] = -i
            ref.append((i, -i))
        check(d, ref)
        c = d.copy()
        check(c, ref)
        c2 = dict(d)
        check(c2, ref)
        # popitem down to empty, then refill
        m = min(len(d), 40)
        for j in range(m):
            k, v = d.popitem()
            assert (k, v) == ref.pop(), (k, v)
        check(d, ref)
        for i in range(m):
            d['s%d' % i] = i
            ref.append(('s%d' % i, i))
        check(d, ref)
        print(n, len(d), sum(d.values()) if n < 1000 else len(c))


def churn():
    # a dict used as a queue: one in, one out, many times, at several sizes
    for live in (0, 1, 3, 8, 9, 100):
        d = {}
        for i in range(live):
            d[i] = i
        for i in range(live, live + 2000):
            d[i] = i
            del d[i - live]
        print('churn', live, len(d), list(d)[:3])


def strkeys():
    # str keys equal but not identical; names as in a namespace
    for n in (1, 8, 9, 200):
        d = {}
        for i in range(n):
            d['k' + str(i)] = i
        for i in range(n):
            k = ''.join(['k', str(i)])
            assert d[k] == i
            d[k] += 1
        d.update({'k0': 'x'})
        print('str', n, len(d), d['k0'], d.get('k' + str(n - 1)))


class Evil:
    # equal to every other Evil; hashes to one bucket; clears or grows the
    # dict the first time it is compared
    def __init__(self, name, d, action):
        self.name = name
        self.d = d
        self.action = action

    def __hash__(self):
        return 1000007

    def __eq__(self, other):
        if self.action:
            a, self.action = self.action, None
            a(self.d)
        return isinstance(other, Evil) and self.name == other.name

    def __repr__(self):
        return self.name


def grow(d):
    for i in range(20):
        d['g%d' % i] = i


def shrink(d):
    for k in [k for k in d if not isinstance(k, Evil)]:
        del d[k]


def evil():
    for n in (2, 7, 30):
        for action in (grow, shrink, lambda d: d.clear()):
            d = {}
            for i in range(n):
                d[i] = i
            d[Evil('a', d, action)] = 'A'
            try:
                r = d.get(Evil('a', d, None))
            except RuntimeError as e:
                r = 'RuntimeError'
            d[Evil('b', d, None)] = 'B'
            print('evil', n, r, len(d), sorted(repr(k) for k in d)[:4])


class Key:
    # a key whose __eq__ deletes other keys, then answers by value
    def __init__(self, v, d=None):
        self.v = v
        self.d = d

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        if self.d is not None:
            d, self.d = self.d, None
            for k in list(d)[:3]:
                if k is not self:
                    del d[k]
        return isinstance(other, Key) and self.v == other.v


def evil_delete():
    for n in (3, 9, 40):
        d = {}
        keys = [Key(i) for i in range(n)]
        for k in keys:
            d[k] = k.v
        probe = Key(n - 1, d)
        print('del', n, d.get(probe), len(d))


sizes()
churn()
strkeys()
evil()
evil_delete()
