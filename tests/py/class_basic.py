class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1

    def speak(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self

d1 = Dog("Rex")
d2 = Dog("Fido", 5)
print(d1.name, d1.age, d2.name, d2.age, Dog.count, d1.count)
print(d1.speak(), Dog.speak(d2), d1.birthday().birthday().age)
print(d1.species, d2.species, Dog.species)
d1.species = "own"
print(d1.species, d2.species, Dog.species)
Dog.species = "changed"
print(d1.species, d2.species)
print(d1.__class__.__name__, type(d2).__name__, isinstance(d1, Dog))
print(vars(d2), d2.__dict__)
d2.__dict__["extra"] = 1
print(d2.extra, sorted(vars(d2)))

class Empty:
    pass

e = Empty()
e.x = 5
print(e.x, vars(e))
try:
    e.y
except AttributeError:
    print("AttributeError")
