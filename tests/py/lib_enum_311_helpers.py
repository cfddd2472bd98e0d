# enum's 3.11 helpers: member() and nonmember() in a class body,
# enum.property, verify() with UNIQUE, CONTINUOUS and NAMED_FLAGS, the
# EnumCheck values and show_flag_values().
import enum


class Op(enum.Enum):
    ADD = enum.member(lambda a, b: a + b)
    MUL = enum.member(lambda a, b: a * b)
    scale = enum.nonmember(10)

    def apply(self, a, b):
        return self.value(a, b) * self.scale

    @enum.property
    def symbol(self):
        return {"ADD": "+", "MUL": "*"}[self.name]


print([m.name for m in Op], Op.scale, Op.ADD.apply(2, 3), Op.MUL.symbol, len(Op))


@enum.verify(enum.UNIQUE, enum.CONTINUOUS)
class Level(enum.IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3


print(list(Level), enum.UNIQUE, repr(enum.CONTINUOUS), list(enum.EnumCheck))
attempts = []


def unique_broken():
    @enum.verify(enum.UNIQUE)
    class Color(enum.Enum):
        RED = 1
        CRIMSON = 1
        BLUE = 2
        NAVY = 2


def gap():
    @enum.verify(enum.CONTINUOUS)
    class Grade(enum.Enum):
        A = 1
        C = 3
        F = 6


def flag_gap():
    @enum.verify(enum.CONTINUOUS)
    class Perm(enum.Flag):
        R = 1
        X = 8


def unnamed_bits():
    @enum.verify(enum.NAMED_FLAGS)
    class Bits(enum.Flag):
        A = 1
        B = 2
        AB = 3
        ABCD = 15


for fn in (unique_broken, gap, flag_gap, unnamed_bits):
    try:
        fn()
        print(fn.__name__, "passed")
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    enum.verify(enum.UNIQUE)(int)
except TypeError as e:
    print("TypeError", e)
print(enum.show_flag_values(13), enum.show_flag_values(0))
