# class attributes versus instance attributes
class Counter:
    instances = 0
    kind = "counter"
    def __init__(self):
        Counter.instances += 1
        self.value = 0
    def inc(self):
        self.value += 1
        return self
a = Counter()
b = Counter()
print(Counter.instances, a.instances, b.kind)
a.inc().inc()
print(a.value, b.value)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed"
print(a.kind, b.kind)
class Config:
    defaults = {"debug": False}
    def get(self, k):
        return self.defaults[k]
print(Config().get("debug"))
class WithStatic:
    def helper(x):
        return x * 2
print(WithStatic.helper(21))
