# `from m import *` takes exactly __all__; `from m import x` through a
# module __getattr__ that raises AttributeError is an ImportError (with
# .name), so try/except ImportError fallbacks work; exception fields.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/mods')


def unlisted():
    return "mine"


from exported import *
print(public(), _listed(), unlisted())
from exported import lazy
print(lazy)
try:
    from exported import missing
except ImportError as e:
    print("ImportError", e.name, e.path.rsplit("/", 1)[-1], "from 'exported'" in str(e))
try:
    from collections import NotInCollections
except ImportError:
    NotInCollections = dict
print(NotInCollections)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
e = ImportError("msg", name="m", path="p")
print(e, e.name, e.path, ImportError("x").name, NameError("y", name="n").name)
print(AttributeError("z", name="a", obj=3).obj, AttributeError("w").obj)
for bad in (lambda: ValueError("v", name="x"), lambda: ImportError("i", obj=1)):
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)
