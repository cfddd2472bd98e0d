# collections.abc: register(), __subclasshook__ structural checks, ABC subclasses and generics.
import collections
from collections.abc import (Iterable, Iterator, Sized, Hashable, Callable, Container, Collection,
                             Reversible, Generator, Sequence, Mapping, MutableMapping)
from abc import ABC, abstractmethod


class Bare:
    pass


class Iter:
    def __iter__(self):
        return iter([1])


class Full:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __call__(self):
        return 1

    def __reversed__(self):
        return iter([])


class NoIter(Iter):
    __iter__ = None


for cls in (Bare, Iter, Full, NoIter):
    print(cls.__name__, [abc.__name__ for abc in (Iterable, Iterator, Sized, Hashable, Callable, Container,
                                                  Collection, Reversible, Generator, Sequence)
                         if issubclass(cls, abc)])
print(isinstance(Full(), Collection), isinstance(Iter(), Iterable), isinstance(NoIter(), Iterable))


class Virtual:
    pass


print(isinstance(Virtual(), Sequence), issubclass(Virtual, Iterable))
print(Sequence.register(Virtual) is Virtual)
print(isinstance(Virtual(), Sequence), issubclass(Virtual, Iterable), issubclass(Virtual, Mapping))


@MutableMapping.register
class Deco:
    pass


print(Deco.__name__, issubclass(Deco, Mapping), isinstance(Deco(), Collection))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape:
            return hasattr(C, "area") or NotImplemented
        return NotImplemented


class Square:
    def area(self):
        return 4


class Circle(Shape):
    def area(self):
        return 3


print(issubclass(Square, Shape), isinstance(Square(), Shape), issubclass(int, Shape), isinstance(Circle(), Shape))
Shape.register(int)
print(issubclass(int, Shape), isinstance(5, Shape), isinstance(5.0, Shape))
try:
    Sequence.register(5)
except TypeError as e:
    print("TypeError", e)
print(issubclass(collections.OrderedDict, MutableMapping), isinstance(collections.deque(), Sequence))
print(Mapping[str, int], Iterable[int].__origin__ is Iterable, Callable[[int], str].__args__)
print(isinstance([], (int, Mapping)), isinstance({}, (int, Mapping)), issubclass(dict, (list, Mapping)))
print(collections.abc.Sized is Sized)
