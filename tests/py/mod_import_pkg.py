import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/mods')
from pkg.util import thing
print(thing(1))
from pkg import util
print(util.double(21), util.CONSTANT)
import pkg.util as u
print(u is util, u.thing("x"))
import pkg
print(pkg.VERSION, pkg.describe(), pkg.loaded, pkg.util is util)
from pkg.util import thing as t2, CONSTANT
print(t2 is thing, CONSTANT)
