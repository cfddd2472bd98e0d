class Shared:
    items = []
    count = 0

    def add(self, x):
        self.items.append(x)
        self.count += 1

a = Shared()
b = Shared()
a.add(1)
b.add(2)
print(a.items, b.items, Shared.items, a.count, b.count, Shared.count)
print("count" in vars(a), "items" in vars(a))

class Config:
    defaults = {"debug": False}
    registry = {}

    def __init__(self, name):
        self.name = name
        Config.registry[name] = self

Config("x")
Config("y")
print(sorted(Config.registry))

class Parent:
    val = "parent"

class Child(Parent):
    pass

print(Child.val)
Parent.val = "modified"
print(Child.val)
Child.val = "child own"
print(Parent.val, Child.val)
del Child.val
print(Child.val)
