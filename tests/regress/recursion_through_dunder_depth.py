# Recursion that passes through a builtin (repr(), len(), ==, map) must reach
# depths near the recursion limit (1000) like CPython; Tern raised
# RecursionError at ~65 levels (C-depth limit 200, ~3 per level).
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
    def __repr__(self):
        return f"{self.val}->{self.nxt!r}"
    def __len__(self):
        return 1 + (len(self.nxt) if self.nxt is not None else 0)
    def __eq__(self, other):
        return self.val == other.val and self.nxt == other.nxt

def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

a, b = build(250), build(250)
print(len(repr(a)), len(a), a == b)

def via_map(n):
    return 0 if n == 0 else 1 + sum(map(via_map, [n - 1]))
print(via_map(250))
