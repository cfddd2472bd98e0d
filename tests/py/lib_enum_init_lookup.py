# Enum members built by an __init__ taking the value's items can still be
# looked up by value: Cls(value) returns the member without calling
# __init__ again, in the class itself and in a subclass of a member-less base.
import enum


class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet((3.303e+23, 2.4397e6)).name, round(Planet.EARTH.gravity, 4))
print(Planet(Planet.EARTH.value) is Planet.EARTH, [p.radius for p in Planet])


class Described(enum.Enum):
    def __init__(self, code, text):
        self.code = code
        self.text = text


class Status(Described):
    OK = (200, "fine")
    MISSING = (404, "not found")


print(Status((404, "not found")).text, Status.OK.code, [s.text for s in Status])
try:
    Status((500, "x"))
except ValueError as e:
    print("ValueError", e)


class Size(enum.Enum):
    SMALL = 1
    LARGE = 2

    def __init__(self, value):
        self.doubled = value * 2


print(Size(2), Size(2).doubled, Size.SMALL.doubled)
