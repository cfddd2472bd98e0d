# abc: abstract base classes refuse instantiation until every abstract method is defined.
from abc import ABC, abstractmethod


class Transform(ABC):
    def __init__(self, scale):
        self.scale = scale

    @abstractmethod
    def apply(self, x):
        ...

    @abstractmethod
    def name(self):
        ...

    @property
    @abstractmethod
    def kind(self):
        ...

    def describe(self):
        return "%s(%s)" % (self.name(), self.scale)


class Partial(Transform):
    def apply(self, x):
        return x * self.scale


class Full(Partial):
    def name(self):
        return "full"

    @property
    def kind(self):
        return "linear"


for cls in (Transform, Partial, Full):
    try:
        t = cls(2)
        print(cls.__name__, t.apply(5), t.describe(), t.kind)
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Transform.__abstractmethods__), sorted(Partial.__abstractmethods__), sorted(Full.__abstractmethods__))
print(isinstance(Full(1), Transform), issubclass(Full, ABC))


class Plain(ABC):
    pass


print(type(Plain()).__name__)
