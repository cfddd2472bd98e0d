# enum.IntFlag and flag boundaries: int mixing, KEEP/CONFORM/EJECT/STRICT, negative values.
from enum import IntFlag, Flag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, auto


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(list(Mode), repr(Mode.R | Mode.W), str(Mode.R | Mode.W), Mode.R | 8, repr(Mode.R | 8), repr(8 | Mode.X))
print(repr(Mode.R ^ 6), repr(Mode.R & 5), repr(7 & Mode.W), repr(~Mode.R), repr(~Mode(0)), repr(Mode(16)))
print(Mode.R == 4, Mode.W < 3, Mode.R + 1, int(Mode.R | Mode.X), isinstance(Mode.X, int), Mode.R * 2, -Mode.X)
print(f"{Mode.R | Mode.W}", format(Mode.W, '03d'), hash(Mode.R) == hash(4), {5: 'rx'}[Mode.R | Mode.X])
print(Mode(0), repr(Mode(0)), Mode(0).name, (Mode.R | 8).name, Mode(24).name, repr(Mode(-1)), repr(Mode(-8)))
print(Mode.R in Mode(7), list(Mode(13)), len(Mode(7)), bool(Mode(0)), Mode(6) is Mode.R | Mode.W)
print(repr(Mode), Mode._boundary_, Flag._boundary_, repr(KEEP), STRICT, list(FlagBoundary))
try:
    1 in Mode.R
except TypeError as e:
    print('TypeError', e)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Conform(4)), repr(Conform(-1)), repr(~Conform.A), Conform._boundary_)


class Eject(IntFlag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Eject(7)), type(Eject(7)).__name__, repr(Eject(3)), repr(Eject.A | 4), repr(~Eject.A))


class Keep(Flag, boundary=KEEP):
    A = auto()
    B = auto()


print(repr(Keep(7)), repr(Keep(4)), str(Keep(4)), Keep(7).name, list(Keep(7)), repr(~Keep.A), repr(~Keep(4)))


class Strict(IntFlag, boundary=STRICT):
    A = 1
    B = 2


try:
    Strict(4)
except ValueError as e:
    print('ValueError', e)
try:
    class Bad(Flag, colour=1):
        A = 1
except TypeError as e:
    print('TypeError', e)
