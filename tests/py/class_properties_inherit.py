class Shape:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name.upper()

    @property
    def area(self):
        return 0

    def describe(self):
        return f"{self.name} area={self.area:.2f}"

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    @property
    def area(self):
        return self.side ** 2

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r ** 2

for s in [Shape("blob"), Square(3), Circle(1.5)]:
    print(s.describe(), type(s).__name__, isinstance(s, Shape))
shapes = sorted([Square(2), Circle(1), Square(1)], key=lambda s: s.area)
print([round(s.area, 3) for s in shapes])
print(sum(s.area for s in shapes))
