# A sys.excepthook that raises: CPython prints both tracebacks.
import sys


def hook(kind, value, tb):
    print("hook saw", kind.__name__)
    return 1 / 0


sys.excepthook = hook
raise ValueError("the original")
