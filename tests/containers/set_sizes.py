# Sets across their table sizes (8 slots, then 32, 128, 256, 512...:
# the index slots widen from 1 to 2 bytes above 256 slots), with
# deletions, reinsertion into deleted slots, pop, copies and merges; the
# iteration order of int sets is CPython's. Keys whose __eq__ mutates the
# set during a lookup or an insertion.

def sizes():
    for n in (0, 1, 2, 4, 5, 6, 18, 19, 20, 76, 77, 78, 153, 154, 155, 300, 1000):
        s = set()
        for i in range(n):
            s.add(i * 7 % 1009)
        assert len(s) == n
        for i in range(n):
            assert i * 7 % 1009 in s
        assert -1 not in s
        print(n, list(s)[:12], sum(s))
        for i in range(0, n, 3):
            s.discard(i * 7 % 1009)
        for i in range(0, n, 6):
            s.add(i * 7 % 1009)          # back into deleted slots
        for i in range(n, n + n // 4):
            s.add(i * 7 % 1009)
        print(' ', len(s), list(s)[:12], sum(s))
        c = s.copy()
        f = frozenset(s)
        u = set(range(n // 2)) | s
        print(' ', c == s, f == s, len(u), list(u)[:8], sorted(u - s)[:5])
        popped = [s.pop() for _ in range(min(len(s), 30))]
        print(' ', popped[:10], len(s))
        s.add(10 ** 6)
        print(' ', list(s)[:6], 10 ** 6 in s)


def literals():
    for n in range(10):
        s = set(range(n))
        t = {i * 8 for i in range(n)}
        print('lit', n, list(s), list(t), list(s & t), list(s ^ t))


class Key:
    # one hash for all; __eq__ runs `action` (once) on the set under test
    def __init__(self, v, s=None, action=None):
        self.v = v
        self.s = s
        self.action = action

    def __hash__(self):
        return 12345

    def __eq__(self, other):
        if self.action:
            a, self.action = self.action, None
            a(self.s)
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return 'K%d' % self.v


def add_one(s):
    s.add(100001)


def add_many(s):
    for i in range(40):
        s.add(200000 + i)


def remove_ints(s):
    for k in [k for k in s if isinstance(k, int)]:
        s.discard(k)


def evil():
    for n in (0, 3, 4, 20):
        for action in (add_one, add_many, remove_ints, lambda s: s.clear()):
            s = set(range(n))
            s.add(Key(1, s, action))
            s.add(Key(2))
            r = Key(1) in s
            s.add(Key(3))
            print('evil', n, r, len(s), sorted(repr(k) for k in s if isinstance(k, Key)))
            s = set(range(n))
            s.add(Key(1))
            s.add(Key(2, s, action))    # the insertion's own __eq__ mutates
            print('evil add', n, len(s), sorted(repr(k) for k in s if isinstance(k, Key)))


sizes()
literals()
evil()
