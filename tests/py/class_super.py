class Base:
    def __init__(self, x):
        self.x = x
        self.log = ["Base.__init__"]

    def describe(self):
        return f"Base(x={self.x})"

    @classmethod
    def create(cls, x):
        return cls(x)

class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        self.log.append("Mid.__init__")

    def describe(self):
        return "Mid<" + super().describe() + f", y={self.y}>"

class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
        self.log.append("Leaf.__init__")

    def describe(self):
        return "Leaf<" + super().describe() + ">"

l = Leaf()
print(l.describe(), l.log)

class L1:
    def __init__(self):
        print("L1")
        super().__init__()

class L2:
    def __init__(self):
        print("L2")
        super().__init__()

class L3(L1, L2):
    def __init__(self):
        print("L3")
        super().__init__()

L3()

class Sub(Base):
    @classmethod
    def create(cls, x):
        obj = super().create(x * 10)
        obj.tag = cls.__name__
        return obj

s = Sub.create(4)
print(s.x, s.tag, type(s).__name__)
print(super(Mid, l).describe())
