class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name}: {self.sound}"

    def kind(self):
        return "animal"

class Cat(Animal):
    sound = "meow"

    def kind(self):
        return "cat"

class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" (age {self.age})"

a, c, k = Animal("gen"), Cat("tom"), Kitten("kit", 1)
for x in [a, c, k]:
    print(x.speak(), x.kind(), type(x).__name__, isinstance(x, Animal), isinstance(x, Cat))
print(issubclass(Kitten, Animal), issubclass(Animal, Kitten), Kitten.__bases__[0].__name__)
print([cls.__name__ for cls in Kitten.__mro__])
print(Kitten.sound, Kitten.kind(k), Animal.kind(k))

class Base:
    def template(self):
        return "[" + self.hook() + "]"

    def hook(self):
        return "base"

class Derived(Base):
    def hook(self):
        return "derived"

print(Base().template(), Derived().template())
