from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY
from typing import List, ClassVar, Optional


@dataclass
class Box:
    x1: float
    y1: float
    x2: float
    y2: float
    score: float = 0.0
    label: Optional[str] = None
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

    @property
    def area(self) -> float:
        return (self.x2 - self.x1) * (self.y2 - self.y1)


b = Box(0, 0, 2, 3, score=0.5)
print(b, b.area)
print([f.name for f in fields(Box)])
print(asdict(b))
print(astuple(b))
print(replace(b, label="cat"))
print(b == Box(0, 0, 2, 3, 0.5))
try:
    Box(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(2, 1), Version(1, 5), Version(2)]))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0

    def __post_init__(self, factor):
        self.value *= factor


print(Scaled(2.0, 3.0), [f.name for f in fields(Scaled)])


@dataclass
class Opts:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Opts("a", verbose=True))
try:
    Opts("a", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.0


print(Child(1, "x", 2.5), [f.name for f in fields(Child)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
