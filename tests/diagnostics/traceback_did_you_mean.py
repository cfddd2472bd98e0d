# CPython's "Did you mean" hints on an uncaught chain: each exception of
# the chain gets its own (a local, an instance attribute, a module
# attribute, a builtin); a NameError raised by hand gets none.
import math


class Reading:
    def __init__(self, value):
        self.value = value


def scale(reading, factor):
    try:
        return reading.valu * factor
    except AttributeError:
        return math.sqrt(factr)


def main():
    try:
        scale(Reading(2.0), 3)
    except NameError:
        return math.sqr(2)


try:
    try:
        main()
    except AttributeError:
        prnt("failed")
except NameError:
    raise NameError("by hand")
