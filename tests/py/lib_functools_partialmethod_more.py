# functools.partialmethod: attributes, repr, errors, abstract methods, other descriptors
from functools import partialmethod


def show(*args, **kw):
    return args, sorted(kw.items())


class Cell:
    def set_state(self, value, *more, **kw):
        return (value, more, sorted(kw.items()))

    @staticmethod
    def static(*args, **kw):
        return (args, sorted(kw.items()))

    set_alive = partialmethod(set_state, True)
    static_one = partialmethod(static, 1, tag="s")
    twice = partialmethod(partialmethod(set_state, 1), 2, a=3)


c = Cell()
bound = c.set_alive
print(bound.__self__ is c, bound(), callable(Cell.set_alive), Cell.set_alive.__name__)
print(c.static_one.func is Cell.__dict__["static"].__func__, c.static_one.args, c.static_one.keywords)
twice = Cell.__dict__["twice"]
print(twice.func is Cell.__dict__["set_state"], twice.args, twice.keywords)
print(repr(partialmethod(len)), repr(partialmethod(len, 1)), repr(partialmethod(len, k=2)))
print(repr(partialmethod(abs, "a", [1], x=3, y=None)))
print(Cell.__dict__["set_alive"].__isabstractmethod__, Cell.set_alive.__isabstractmethod__)


class Sub(partialmethod):
    pass


print(repr(Sub(len, 1)), partialmethod[int], Sub(show, 1).args)
for bad in [5, "s", None]:
    try:
        partialmethod(bad)
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: partialmethod(), lambda: Cell.set_alive(), lambda: Cell.static_one(x=1, tag=2, y=3)]:
    try:
        print(call())
    except TypeError:
        print("TypeError")
