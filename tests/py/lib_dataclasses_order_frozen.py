# dataclasses: order, frozen, hashing, inheritance, asdict/astuple/replace, make_dataclass.
import dataclasses
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, field, replace


@dataclass(order=True)
class Version:
    major: int = 0
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'old'), Version(1, 0), Version(1, 2, 'x')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(2))
print(Version(1, 2) == Version(1, 2, 'other'), max(vs), min(vs))
try:
    Version(1) < (1, 0)
except TypeError:
    print('TypeError')


@dataclass(frozen=True)
class Coord:
    lat: float = 0.0
    lon: float = 0.0


c = Coord(1.5, 2.5)
try:
    c.lat = 3.0
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
print(c, hash(c) == hash(Coord(1.5, 2.5)), len({c, Coord(1.5, 2.5), Coord()}))
print(replace(c, lon=9.0), c)


@dataclass(unsafe_hash=True)
class Tag:
    name: str = ''
    weight: int = field(default=1, hash=False)


print(hash(Tag('a', 1)) == hash(Tag('a', 2)), Tag('a') == Tag('a', 2))


@dataclass
class Base:
    id: int = 0
    name: str = 'base'


@dataclass
class Child(Base):
    extra: list = field(default_factory=list)
    name: str = 'child'


ch = Child(7, extra=[1])
print(ch, [f.name for f in dataclasses.fields(Child)], isinstance(ch, Base), Base(1) == Child(1))


@dataclass
class Line:
    start: Coord = field(default_factory=Coord)
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


line = Line(Coord(1.0, 2.0), [Coord(), (1, [2])], {'k': Coord(3.0, 4.0)})
print(asdict(line))
print(astuple(line))
d = asdict(line)
print(d['points'][1][1] is line.points[1][1], asdict(Child(), dict_factory=list))
print(replace(ch, id=8), ch)
Made = dataclasses.make_dataclass('Made', [('a', int, field(default=1)), ('b', str, field(default='z'))], order=True)
print(Made(), Made(2, 'q') > Made(), dataclasses.is_dataclass(Made))
