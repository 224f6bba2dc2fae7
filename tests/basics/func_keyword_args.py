# calling with keyword arguments in any order
def point(x, y, z=0):
    return "(%d, %d, %d)" % (x, y, z)
print(point(1, 2))
print(point(y=2, x=1))
print(point(1, z=3, y=2))
print(point(x=1, y=2, z=3))
def describe(name, age, city="?"):
    print(name, "is", age, "from", city)
describe("Ann", 30)
describe(age=25, name="Bob")
describe("Cy", city="Oslo", age=40)
print(sorted([3, 1, 2], reverse=True))
print("x", "y", sep="")
