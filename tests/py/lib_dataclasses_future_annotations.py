# dataclasses with string annotations (from __future__ import annotations):
# ClassVar, InitVar and KW_ONLY are recognised from the names the module binds.
from __future__ import annotations

import dataclasses
import typing
import typing as t
from dataclasses import KW_ONLY, InitVar, dataclass, field
from typing import ClassVar
from typing import ClassVar as CV


@dataclass
class Config:
    name: str
    count: ClassVar[int] = 0
    limit: typing.ClassVar[int] = 10
    other: t.ClassVar = 'x'
    alias: CV[str] = 'y'
    bare: ClassVar = 1
    scale: InitVar[int] = 1
    tag: dataclasses.InitVar[str] = '-'
    _: KW_ONLY
    size: int = 0
    extra: list = field(default_factory=list)

    def __post_init__(self, scale, tag):
        self.size = self.size * scale
        print('post_init', scale, repr(tag))


c = Config('a', 3, '#', size=2)
print(c)
print([f.name for f in dataclasses.fields(Config)])
print(list(Config.__dataclass_fields__))
print(Config.count, Config.limit, Config.other, Config.alias, Config.bare, Config.scale)
print(Config.__match_args__)
print(Config('b'))
for args, kwargs in ((('a', 2, '!', 5), {}), ((), {'size': 1}), (('a',), {'bogus': 1})):
    try:
        Config(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)


@dataclass
class Later:
    _: dataclasses.KW_ONLY
    a: int
    b: int = 2


print(Later(a=1), Later(b=3, a=4))
try:
    Later(1)
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    origin: ClassVar[Point]


Point.origin = Point(0)
print(Point(1, 2), Point.origin, hash(Point(1, 2)) == hash(Point(1, 2)))

# Names that merely look alike are ordinary fields.
ClassVarx = int


@dataclass
class Plain:
    a: ClassVarx = 1
    b: typing.ClassVarx = 2
    c: list[ClassVar] = None


print(Plain(), [f.name for f in dataclasses.fields(Plain)])

try:
    @dataclass
    class Twice:
        _: KW_ONLY
        a: int = 0
        __: KW_ONLY
except TypeError as e:
    print('TypeError:', e)


@dataclass
class WithReplace:
    a: int
    mult: InitVar[int] = 1

    def __post_init__(self, mult):
        self.a *= mult


w = WithReplace(2, 5)
print(w, dataclasses.replace(w, mult=3), dataclasses.replace(w, a=7))
print(repr(InitVar[int]), dataclasses.asdict(w))
