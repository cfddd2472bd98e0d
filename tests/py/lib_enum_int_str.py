# enum: IntEnum, StrEnum, mixins, aliases, unique, _missing_, __init__ members, functional form.
import copy
from enum import Enum, IntEnum, StrEnum, auto, unique


@unique
class Level(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = 5


print(Level.LOW, repr(Level.MID), Level.HIGH.value, f"{Level.MID:03d}", format(Level.LOW))
print(Level.LOW == 1, Level.MID < Level.HIGH, Level.HIGH + 1, Level.MID * 2, sorted([Level.HIGH, Level.LOW, 3]))
print(Level(5), Level['MID'], isinstance(Level.LOW, int), {1: 'one'}[Level.LOW], [10, 20, 30][Level.LOW])
print(int(Level.HIGH), str(Level.MID), Level.MID.name)


@unique
class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', Mode('read') is Mode.READ, Mode.WRITE.upper(), f"[{Mode.WRITE}]")


@unique
class Shade(str, Enum):
    DARK = 'dk'
    LIGHT = 'lt'


print(Shade.DARK, repr(Shade.LIGHT), Shade('dk'), Shade.DARK == 'dk', Shade.LIGHT.value)


class Status(Enum):
    ACTIVE = 1
    RUNNING = 1
    STOPPED = 0

    @classmethod
    def _missing_(cls, value):
        return cls.STOPPED if value == 'off' else None


print(Status(1), Status.RUNNING is Status.ACTIVE, Status['RUNNING'], Status('off'))
print(list(Status.__members__), [m.name for m in Status.__members__.values()])
try:
    unique(Status)
except ValueError as e:
    print('ValueError', e)


@unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MERCURY.radius, Planet.EARTH.value, Planet['EARTH'].name)
Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal.BEE, repr(Animal.CAT), Animal(1), Animal['ANT'].value, [m.value for m in Animal.__members__.values()])
Size = IntEnum('Size', [('S', 10), ('L', 30)])
print(Size.L, repr(Size.S), Size(10) is Size.S, Size.S + Size.L)
print(copy.copy(Level.LOW) is Level.LOW, copy.deepcopy([Mode.READ])[0] is Mode.READ)
try:
    class More(Level):
        EXTRA = 9
    More(9)
except TypeError:
    print('TypeError')
