# A script's sys.excepthook reports its uncaught exception; the default
# one (sys.__excepthook__) can be called from it.
import sys

print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook))


def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb.tb_lineno, value.__traceback__.tb_lineno)
    sys.__excepthook__(kind, value, tb)


sys.excepthook = hook


def fail():
    raise KeyError("missing")


print("before")
fail()
