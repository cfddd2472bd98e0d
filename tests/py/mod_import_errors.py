import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/mods')
try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", isinstance(e, ImportError))
try:
    from geometry import no_such_name
except ImportError as e:
    print("ImportError", type(e).__name__)
import raiser
try:
    raiser.fail("from module")
except ValueError as e:
    print("ValueError", e)
try:
    raise raiser.RaiserError("custom")
except raiser.RaiserError as e:
    print(type(e).__name__, e)
