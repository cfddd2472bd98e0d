class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37.5
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError:
    print("AttributeError read-only")
del t.celsius
print(t.celsius)
print(type(Temp.celsius).__name__)

class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        self.computed += 1
        return 42

z = Lazy()
print(z.value, z.value, z.computed)

class P:
    def getx(self):
        return "x via property()"

    x = property(getx)

print(P().x)
