import abc
from abc import ABC, abstractmethod

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""
    @abstractmethod
    def perimeter(self):
        pass
    @property
    @abstractmethod
    def name(self):
        pass
    def describe(self):
        return "%s: area %s, perimeter %s" % (self.name, self.area(), self.perimeter())

class Partial(Shape):
    def area(self):
        return 0

class Square(Partial):
    def __init__(self, side, *, unit="cm"):
        self.side = side
        self.unit = unit
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
    @property
    def name(self):
        return "square(%s%s)" % (self.side, self.unit)

class Tools(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        pass
    @staticmethod
    @abstractmethod
    def helper():
        pass
class ToolsImpl(Tools):
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def helper():
        return "helped"

for cls in (ABC, Shape, Partial, Square, Tools, ToolsImpl):
    print(cls.__name__, sorted(cls.__abstractmethods__), type(cls.__abstractmethods__).__name__)
attempt("Shape()", lambda: Shape())
attempt("Partial()", lambda: Partial())
attempt("Square(3)", lambda: Square(3).describe())
attempt("Square(2, unit=m)", lambda: Square(2, unit="m").name)
attempt("Tools()", lambda: Tools())
attempt("ToolsImpl", lambda: (ToolsImpl.make(), ToolsImpl().helper()))
attempt("ABC()", lambda: type(ABC()).__name__)
attempt("isinstance", lambda: (isinstance(Square(1), Shape), issubclass(Square, ABC)))
print(Shape.area.__isabstractmethod__, hasattr(Square.area, "__isabstractmethod__"))

class Empty(ABC):
    pass
attempt("Empty()", lambda: type(Empty()).__name__)
attempt("Empty(1)", lambda: Empty(1))
class One(ABC):
    @abstractmethod
    def only(self): ...
attempt("One()", lambda: One())
class Reabstract(Square):
    @abstractmethod
    def area(self):
        return super().area()
attempt("Reabstract(1)", lambda: Reabstract(1))

class Base:
    def run(self):
        return "base run"
class Runner(ABC):
    @abstractmethod
    def run(self): ...
class Mixed(Base, Runner):
    pass
attempt("Mixed", lambda: (sorted(Mixed.__abstractmethods__), Mixed().run()))
class Later(ABC):
    @abstractmethod
    def fill(self): ...
Later.fill = lambda self: "filled"
attempt("Later before update", lambda: Later())
abc.update_abstractmethods(Later)
attempt("Later after update", lambda: Later().fill())
print(abc.get_cache_token() == abc.get_cache_token())
