# __slots__ restricts instance attributes (no __dict__).
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x + p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
    print("set z", p.z)
except AttributeError as e:
    print("AttributeError", e)
