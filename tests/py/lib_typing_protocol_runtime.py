# typing: @runtime_checkable protocols in isinstance() and issubclass(),
# and the Supports* protocols.
from typing import (Protocol, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt,
                    SupportsRound, TypeVar, runtime_checkable)


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Resource(Closer, Protocol):
    def open(self) -> None: ...


class File(Resource):
    def open(self):
        return 'opened'

    def close(self):
        return 'closed'


class Duck:
    name = 'duck'

    def greet(self):
        return 'quack'

    def open(self):
        pass

    def close(self):
        pass


class NoLen:
    __len__ = None


class Broken:
    def __init__(self):
        self.name = 'b'
        self.greet = None


class Sized3:
    def __len__(self):
        return 3


print(isinstance([], HasLen), isinstance('ab', HasLen), isinstance({}, HasLen), isinstance(3, HasLen))
print(isinstance(Sized3(), HasLen), isinstance(NoLen(), HasLen), issubclass(list, HasLen))
print(issubclass(int, HasLen), issubclass(Sized3, HasLen), issubclass(NoLen, HasLen))
print(isinstance(Duck(), Named), isinstance(Broken(), Named), isinstance(3, Named))
try:
    issubclass(Duck, Named)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(Duck(), Resource), issubclass(Duck, Resource), isinstance(3, Resource))
print(isinstance(File(), Resource), isinstance(File(), File), isinstance(Duck(), File))
print(File().open(), File().close())
try:
    isinstance(Duck(), Closer)
except TypeError as e:
    print('TypeError:', e)
try:
    runtime_checkable(File)
except TypeError as e:
    print('TypeError:', e)

print(isinstance(3, SupportsInt), isinstance('3', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(7, SupportsIndex), isinstance(-1, SupportsAbs), isinstance([], SupportsAbs))
print(isinstance(1.5, SupportsRound), issubclass(int, SupportsInt), issubclass(str, SupportsFloat))
print(SupportsInt, SupportsAbs[int], SupportsInt.__mro__)


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


def total(items):
    return sum(float(x) for x in items if isinstance(x, SupportsFloat))


print(total([1, 2.5, Meters(3), 'no', None]))

T = TypeVar('T')


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self):
        return 1


print(isinstance(IntBox(), Box), isinstance(3, Box), Box[int])
