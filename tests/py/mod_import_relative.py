import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/mods')
from pkg.sub.deep import quadruple
print(quadruple(5))
import pkg.sub.deep
print(pkg.sub.deep.helper_value, pkg.sub.helper_value)
from pkg.sub import deep
print(deep.quadruple(1), deep is pkg.sub.deep)
