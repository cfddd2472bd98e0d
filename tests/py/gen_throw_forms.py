# generator.throw with a class and a value, a tuple, an instance or None.
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            yield (type(e).__name__, e.args)


for typ, val in [
    (ValueError, None),
    (ValueError, "msg"),
    (ValueError, ("a", 2)),
    (ValueError, ValueError("same", 1)),
    (LookupError, KeyError("sub")),
    (KeyError, LookupError("base")),
    (ValueError, [1, 2]),
]:
    g = catcher()
    next(g)
    print(repr(val), "->", g.throw(typ, val))

g = catcher()
next(g)
print(g.throw(TypeError("direct")))
for bad in [(TypeError("x"), "value"), (int, None), (3, None)]:
    g = catcher()
    next(g)
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError", e)
