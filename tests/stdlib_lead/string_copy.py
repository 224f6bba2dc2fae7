import string, copy
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers())
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ placeholder").substitute()
except ValueError as e:
    print("ValueError", e)
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class Node:
    def __init__(self, v): self.v = v; self.children = []
root = Node(1); child = Node(2); root.children.append(child); child.parent = root
r2 = copy.deepcopy(root)
print(r2.v, r2.children[0].v, r2.children[0].parent is r2, r2 is not root, copy.copy(root).children is root.children)
class Custom:
    def __init__(self): self.x = [1]
    def __copy__(self): print("custom copy"); return Custom()
    def __deepcopy__(self, memo): print("custom deepcopy"); return "deep"
print(type(copy.copy(Custom())).__name__, copy.deepcopy(Custom()))
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[0])
tup = (1, [2]); tc = copy.deepcopy(tup); print(tc, tc is tup, tc[1] is tup[1], copy.deepcopy((1, 2)) == (1, 2))
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1; s.b = [2]
s2 = copy.deepcopy(s); print(s2.a, s2.b, s2.b is s.b)
