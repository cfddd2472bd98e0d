"""timeit for taipan: time callables (`timeit.timeit(lambda: f(x),
number=100)`, `Timer(f).repeat()`, `autorange()`), with garbage collection
off while timing, as in CPython.

Statements given as strings need exec, which taipan does not have: the
empty statement and "pass" are accepted, any other string raises
NotImplementedError (pass a callable instead). There is no command line.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _as_callable(code, what):
    """What to call for a statement or setup given as a callable or a
    string."""
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ("", "pass"):
            return lambda: None
        raise NotImplementedError(
            "timeit with a %s string is not supported by taipan (it needs exec); "
            "pass a callable, e.g. lambda: %s" % (what, code.strip().splitlines()[0]))
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Times a statement (a callable) after running setup (a callable)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _as_callable(stmt, "stmt")
        self._setup = _as_callable(setup, "setup")

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (setup runs once
        first, untimed)."""
        self._setup()
        stmt = self._stmt
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            start = self.timer()
            for _ in itertools.repeat(None, number):
                stmt()
            return self.timer() - start
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number of runs in 1, 2, 5, 10,
        20, 50, ... that takes at least 0.2 seconds; callback(number,
        seconds) is called after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled."""
        import traceback
        traceback.print_exc(file=sys.stderr if file is None else file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
