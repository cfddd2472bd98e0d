import abc
from abc import ABCMeta, abstractmethod


class Transform(metaclass=ABCMeta):
    """A preprocessing step."""

    @abstractmethod
    def __call__(self, x):
        ...

    @property
    @abstractmethod
    def name(self):
        ...


class Scale(Transform):
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return [v * self.k for v in x]

    @property
    def name(self):
        return "scale"


class Base2(object, metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self):
        pass


class Plain(metaclass=type):
    x = 1


s = Scale(3)
print(s([1, 2]), s.name, isinstance(s, Transform), Plain.x, Plain.__bases__)
for cls in (Transform, Base2):
    try:
        cls()
    except TypeError as e:
        print(e)


class Half(Transform):
    def __call__(self, x):
        return x


try:
    Half()
except TypeError as e:
    print(e)
print(sorted(Transform.__abstractmethods__), sorted(Half.__abstractmethods__))


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented


print(isinstance([], Sized), isinstance(3, Sized))
Transform.register(tuple)
print(isinstance((1,), Transform), issubclass(tuple, Transform))
