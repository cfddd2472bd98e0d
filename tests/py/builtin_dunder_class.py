# obj.__class__ is type(obj) for every kind of object: properties,
# functions, methods, builtins, classes, modules, iterators, and it cannot
# be shadowed by what a class holds (its instances can be).
import math
import re


class Model:
    __class__ = "shadow attempt"

    @property
    def size(self):
        return 1

    @staticmethod
    def make():
        return Model()

    @classmethod
    def named(cls):
        return cls

    def run(self):
        return 2


def steps():
    yield 1


objects = [Model.__dict__["size"], Model.__dict__["make"], Model.__dict__["named"],
           Model.run, Model().run, print, len, math.sqrt, steps(), (x for x in "ab"),
           iter([1]), {}.keys(), range(2), slice(3), None, NotImplemented,
           re.compile("a+"), zip(), map(abs, []), enumerate([]), object(), type,
           lambda: 0, 2.5, b"x", frozenset(), math, Model.named]
for o in objects:
    print(o.__class__.__name__, o.__class__ is type(o), getattr(o, "__class__") is type(o))
print(Model.__class__, repr(Model().__class__), isinstance(Model(), Model))
print(Model.size.__class__.__name__, Model.make.__class__.__name__, hasattr(print, "__class__"))
print([f.__class__.__name__ for f in (abs, steps, Model.make, Model().named)])
