# A linked list and a binary search tree with container dunder methods.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("list index out of range")

    def __setitem__(self, i, value):
        node = self.head
        for _ in range(i):
            if node is None:
                break
            node = node.next
        if node is None:
            raise IndexError("assignment index out of range")
        node.value = value

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __bool__(self):
        return self.head is not None

    def __repr__(self):
        return "LinkedList([%s])" % ", ".join(map(repr, self))

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 2 in ll, 9 in ll, bool(ll), bool(LinkedList()))
ll[1] = 10
print(list(ll), list(reversed(ll)), sum(ll), max(ll), sorted(ll))
ll.reverse()
print(ll, ll.pop(), ll, ll == LinkedList([2, 10, 0]), ll + LinkedList("ab"))
try:
    LinkedList().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
a, *rest = ll
print(a, rest, dict(zip(ll, "xyz")), [x * 2 for x in ll if x])


class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def __setitem__(self, key, val):
        def insert(node):
            if node is None:
                self.size += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.val = val
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        return self.get(key, self) is not self

    def __len__(self):
        return self.size

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def items(self):
        return ((k, self[k]) for k in self)

    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)

    def __repr__(self):
        return "BST({%s})" % ", ".join("%r: %r" % kv for kv in self.items())


t = BST()
for word in "the quick brown fox jumps over the lazy dog".split():
    t[word] = t.get(word, 0) + 1
print(t, len(t), t.height())
print(t["the"], "fox" in t, "cat" in t, list(t)[:3], dict(t.items()) == {k: t[k] for k in t})
try:
    t["cat"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(t, key=lambda k: (-t[k], k))[:2], min(t), max(t))
