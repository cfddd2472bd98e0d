# sys.exception() (new in 3.11): the exception being handled, None outside
# an except block, the inner one in nested handlers.
import sys

print(sys.exception())
try:
    {}["missing"]
except KeyError:
    outer = sys.exception()
    print(repr(outer), outer is sys.exc_info()[1])
    try:
        int("x")
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())


def handler():
    try:
        raise RuntimeError("in function")
    except RuntimeError:
        return type(sys.exception()).__name__


print(handler(), sys.exception())
