# enum.Flag: auto powers of two, | & ^ ~, membership, iteration, names, pseudo-members, STRICT errors.
from enum import Flag, auto, unique


@unique
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print([m.value for m in Perm], len(Perm), list(Perm), list(Perm.__members__))
print(Perm.R, repr(Perm.W), Perm.R | Perm.W, repr(Perm.R | Perm.X), str(Perm.W | Perm.X))
print(repr(Perm.RW & Perm.W), repr(Perm.RW ^ Perm.R), repr(Perm.RW ^ Perm.X), repr(Perm.X & Perm.R))
print(repr(~Perm.R), repr(~Perm.RW), repr(~Perm(0)), repr(~Perm(7)), ~~Perm.W is Perm.W)
print(Perm.R in Perm.RW, Perm.X in Perm.RW, Perm(0) in Perm.R, Perm.RW in Perm.R | Perm.W | Perm.X)
print(bool(Perm(0)), bool(Perm.R), len(Perm(7)), len(Perm(0)), list(Perm(7)), list(Perm.RW), list(Perm(0)))
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, Perm(0).value, Perm(5).name, Perm(7).name, Perm(3).name)
print(Perm(5) is Perm.R | Perm.X, Perm(3) is Perm.RW, Perm(Perm.W) is Perm.W, Perm['RW'] is Perm.RW)
print(Perm.RW in Perm, Perm.R in Perm, Perm(5) in Perm, repr(Perm), Perm.R == Perm.R, Perm.R == 1)
print(f"{Perm.R | Perm.W}", format(Perm.X, ">8"), {Perm.R: 'r'}[Perm(1)], sorted(m.name for m in Perm(6)))
for bad in (8, 9, -9, 100, 'x', None):
    try:
        Perm(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError', e)
try:
    Perm.R < Perm.W
except TypeError as e:
    print('TypeError', e)


class Color(Flag):
    NONE = 0
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(list(Color), len(Color), repr(Color(0)), Color(0) is Color.NONE, repr(~Color.WHITE), repr(~Color.NONE))
print(repr(Color.RED | Color.GREEN), repr(Color.RED | Color.GREEN | Color.BLUE), Color.NONE in Color.RED)


class Order(Flag):
    C = 4
    A = 1
    B = 2


print(list(Order), list(Order(7)), Order(7), Order(3), repr(~Order.C))
Opts = Flag('Opts', 'QUIET VERBOSE DEBUG')
print(list(Opts), repr(Opts.QUIET | Opts.DEBUG), Opts.DEBUG.value, repr(Opts))


class Sparse(Flag):
    A = 1
    C = 4
    D = auto()


print(list(Sparse), repr(~Sparse.A), repr(Sparse(5)))
try:
    Sparse(2)
except ValueError as e:
    print('ValueError', e)
