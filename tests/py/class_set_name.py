from functools import cached_property


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, instance, owner=None):
        return self if instance is None else "got " + self.name


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, cls.size.name)


class Box(Base):
    size = Named()
    colour = Named()
    calls = 0

    @cached_property
    def area(self):
        """The area, computed once."""
        Box.calls += 1
        return 6 * 7


b = Box()
print(b.size, b.colour)
print(b.area, b.area, Box.calls, "area" in b.__dict__)
print(type(Box.area).__name__, Box.area.__doc__)
b.area = 1
print(b.area, Box().area, Box.calls)
try:
    class Twice:
        a = b_ = cached_property(lambda self: 1)
except (TypeError, RuntimeError) as e:
    print(type(e).__name__)


class Loud:
    def __set_name__(self, owner, name):
        raise TypeError("no names here")


try:
    class Holder:
        thing = Loud()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
