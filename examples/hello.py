# A short tour of what Tern runs today (the first milestone).

class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


def make_counter():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    return tick


print("Hello from Tern!")
shapes = [Rect(3, 4), Circle(1.5), Rect(2, 0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(" ", s)

tick = make_counter()
ticks = [tick() for _ in range(3)]
print("ticks:", ticks)

squares = [n * n for n in range(10) if n % 2 == 0]
print("even squares:", squares, "sum =", sum(squares))

inventory = {"apples": 3, "pears": 0, "plums": 7}
for fruit, n in inventory.items():
    print(f"{fruit:>7}: {'#' * n}")

try:
    ratio = inventory["apples"] / inventory["pears"]
except ZeroDivisionError as e:
    print("caught", type(e).__name__ + ":", e)
finally:
    print("done:", len(inventory), "kinds of fruit")
