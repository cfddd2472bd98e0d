# functools.partialmethod: functions, classmethod/staticmethod, other callables, class vs instance
from functools import partialmethod, partial


def show(*args, **kw):
    return args, sorted(kw.items())


class Cell:
    def __init__(self):
        self.state = False

    def set_state(self, value, *more, **kw):
        self.state = value
        return (value, more, sorted(kw.items()))

    def __repr__(self):
        return "Cell()"

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, "x", k=1)
    twice = partialmethod(partialmethod(set_state, 1), 2, a=3)

    @classmethod
    def make(cls, *args, **kw):
        return (cls.__name__, args, sorted(kw.items()))

    @staticmethod
    def static(*args, **kw):
        return (args, sorted(kw.items()))

    make_one = partialmethod(make, 1, tag="t")
    static_one = partialmethod(static, 1, tag="s")
    cm_direct = partialmethod(classmethod(show), "cm")
    sm_direct = partialmethod(staticmethod(show), "sm")
    callable_obj = partialmethod(partial(show, "p"), "q")


c = Cell()
print(c.set_alive(), c.state, c.set_dead(), c.state, c.set_dead(5, k=2, z=0), c.twice(4, a=5))
print(Cell.set_alive(c), c.state, Cell.set_dead(c, more=1), Cell.twice(c))
print(c.make_one(), Cell.make_one(2, tag="u"), c.static_one(), Cell.static_one(3))
print(c.cm_direct("x"), Cell.cm_direct(), c.sm_direct("y"), Cell.sm_direct())
print(c.callable_obj(7), Cell.callable_obj(c, 8))


class Sorter(list):
    rsorted = partialmethod(sorted, reverse=True)


print(Sorter([3, 1, 2]).rsorted(), Sorter.rsorted([5, 9, 1], key=lambda v: -v))
