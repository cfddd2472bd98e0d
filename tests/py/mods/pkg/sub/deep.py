from ..util import double
from . import helper_value

print("pkg.sub.deep imported")


def quadruple(x):
    return double(double(x))
