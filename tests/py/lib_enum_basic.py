# enum: members of a @unique Enum: name, value, repr/str/format, lookups, identity.
import enum
from enum import Enum, auto, unique


@unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return self.name.lower() + '=' + str(self.value)

    @property
    def pretty(self):
        return self.name.title()


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(f"{Color.RED}|{Color.RED:>12}|{Color.GREEN!r}")
print(format(Color.BLUE), str(Color.BLUE), '%s' % Color.RED)
print(Color(2), Color['BLUE'], Color(1) is Color.RED, Color['RED'] is Color.RED)
print(Color(Color.GREEN) is Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, type(Color.RED) is Color)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(Color.RED.describe(), Color.GREEN.pretty)
print([m.name for m in Color.__members__.values()], list(Color.__members__))
print(sorted(Color.__members__.items())[0])
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], Color.BLUE in d, len({Color.RED, Color.RED, Color.BLUE}))
print(sorted([Color.BLUE, Color.RED], key=lambda c: c.value))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.GREEN
except TypeError:
    print('TypeError')
print(Color.RED.name, Color.RED._name_, Color.RED._value_)
print(bool(Color.RED), issubclass(Color, Enum), enum.Enum is Enum)


@unique
class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()


print([(m.name, m.value) for m in Weekday.__members__.values()])


@unique
class Mixed(Enum):
    A = 'a'
    B = (1, 2)
    C = None


print(Mixed('a'), Mixed((1, 2)), Mixed(None), repr(Mixed.A), repr(Mixed.B), repr(Mixed.C))
