# inheritance and method overriding
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat"
class Kitten(Cat):
    def speak(self):
        return Cat.speak(self) + " (softly)"
for a in [Animal("thing"), Dog("Rex"), Cat("Tom"), Kitten("Bit")]:
    print(a.speak(), a.kind())
k = Kitten("K")
print(isinstance(k, Kitten), isinstance(k, Cat), isinstance(k, Animal), isinstance(k, Dog))
print(issubclass(Kitten, Animal), issubclass(Dog, Cat), issubclass(Dog, object))
print(type(k).__name__, Kitten.__name__)
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(B):
    pass
print(C().who())
