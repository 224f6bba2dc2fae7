# arithmetic dunders, reflected and in-place operators
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __invert__(self):
        return V(self.y, self.x)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
a, b = V(1, 2), V(10, 20)
print(a + b, a - b, a * 3, 3 * a, -a, +a, ~a)
print(a + 1, 1 + a, sum([a, b], V(0, 0)))
print(b / 4, b // 3, b % 3, a ** 2, a @ b)
print(a & b, a | b, a ^ b, a << b, a >> b)
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __isub__(self, v):
        self.items.remove(v)
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
acc -= 1
print(acc.items, acc is ref)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)
try:
    a - 1
except AttributeError as e:
    print("AttributeError")
class Plain: pass
try:
    Plain() * 2
except TypeError as e:
    print(e)
try:
    x = Plain()
    x += 1
except TypeError as e:
    print(e)
try:
    -Plain()
except TypeError as e:
    print(e)
class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__"
print(V(1, 1) + Sub(2, 2))
