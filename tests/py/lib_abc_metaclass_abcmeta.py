# class X(metaclass=ABCMeta) (the pre-ABC spelling) works as deriving from
# abc.ABC: abstract methods block instantiation, register() and
# __subclasshook__ answer isinstance; the deprecated abstractproperty,
# abstractclassmethod and abstractstaticmethod mark members abstract.
import abc
from abc import ABCMeta, abstractmethod


class Loader(metaclass=ABCMeta):
    @abstractmethod
    def load(self, path):
        ...

    def load_all(self, paths):
        return [self.load(p) for p in paths]


class JsonLoader(Loader):
    def load(self, path):
        return f"json:{path}"


class Mixin:
    def tag(self):
        return "mixin"


class Tagged(Mixin, metaclass=abc.ABCMeta):
    @abc.abstractproperty
    def name(self):
        ...

    @abc.abstractclassmethod
    def create(cls):
        ...

    @abc.abstractstaticmethod
    def version():
        ...


class Concrete(Tagged):
    @property
    def name(self):
        return "concrete"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


class NoMeta(metaclass=type):
    pass


print(JsonLoader().load_all(["a", "b"]), isinstance(JsonLoader(), Loader), issubclass(JsonLoader, Loader))
for cls in (Loader, Tagged):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
c = Concrete.create()
print(c.name, c.version(), c.tag(), sorted(Tagged.__abstractmethods__), Concrete.__abstractmethods__)


class External:
    def load(self, path):
        return path


Loader.register(External)
print(isinstance(External(), Loader), issubclass(External, Loader), NoMeta().__class__.__name__)
