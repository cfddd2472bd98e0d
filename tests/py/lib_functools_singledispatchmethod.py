# functools.singledispatchmethod: dispatch on the argument after self/cls, for methods, classmethods and staticmethods.
from functools import singledispatchmethod

class Formatter:
    def __init__(self, tag):
        self.tag = tag

    @singledispatchmethod
    def fmt(self, arg):
        return self.tag + " any"

    @fmt.register
    def _(self, arg: int):
        return self.tag + " int %d" % arg

    @fmt.register(list)
    def _(self, arg):
        return self.tag + " list " + ",".join(self.fmt(a) for a in arg)

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return cls("default")

    @make.register(str)
    @classmethod
    def _(cls, arg):
        return cls(arg)

    @singledispatchmethod
    @staticmethod
    def kind(arg):
        return "thing"

    @kind.register(int)
    @staticmethod
    def _(arg):
        return "number"


f = Formatter("T")
print(f.fmt(1), f.fmt("x"), f.fmt([1, "a", [2]]))
print(Formatter.make(3).tag, Formatter.make("custom").tag, f.make("z").tag)
print(Formatter.kind(1), f.kind("s"), Formatter.fmt.__name__)
