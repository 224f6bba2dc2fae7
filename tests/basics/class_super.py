# super() in __init__ and in other methods
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def describe(self):
        return "Base(%d)" % self.x
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def describe(self):
        return "Child[" + super().describe() + ", %d]" % self.y
class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)
        self.z = 3
    def describe(self):
        return "GC<" + super().describe() + ">"
c = Child(10, 20)
print(c.x, c.y, c.describe())
g = GrandChild()
print(g.x, g.y, g.z)
print(g.describe())
class Stack(list):
    def push(self, v):
        self.append(v)
s = Stack()
s.push(1)
s.push(2)
print(len(s), s.pop())
