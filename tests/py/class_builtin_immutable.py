import zlib
for target, name in [(list, "x"), (str, "upper"), (int, "real"), (dict, "get"), (type, "foo"),
                     (ValueError, "extra"), (object, "attr")]:
    try:
        setattr(target, name, 1)
        print("set", target.__name__, name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        delattr(target, name)
        print("deleted", target.__name__, name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Mine:
    pass
Mine.x = 1
del Mine.x
print(hasattr(Mine, "x"))
class L(list):
    pass
L.extra = 5
print(L.extra, [].__class__ is list)
