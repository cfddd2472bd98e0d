# traceback: format_exc / format_exception / print_exception for caught exceptions, chained ones included.
import sys
import traceback


def inner(n):
    raise ValueError("bad value %d" % n)


def middle(n):
    inner(n)


def outer():
    middle(3)


try:
    outer()
except ValueError:
    text = traceback.format_exc()
print(text, end="")
try:
    outer()
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception(type(e), e, e.__traceback__) == traceback.format_exception(e))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exception(e, limit=-1, file=sys.stdout)
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno, type(e.__traceback__).__name__)
    print(sys.exc_info()[2] is not None)


def convert(s):
    try:
        int(s)
    except ValueError as exc:
        raise KeyError(s) from exc


def cleanup():
    try:
        raise KeyError("missing")
    except KeyError:
        outer()


for func, arg in ((convert, "x1"), (cleanup, None)):
    try:
        if arg is None:
            func()
        else:
            func(arg)
    except Exception as e:
        print(traceback.format_exc(), end="")
        print(traceback.format_exc(chain=False), end="")
        print("----")
print(traceback.format_exc(), end="")
print(traceback.format_exception(None))
print(traceback.format_exception_only(ValueError("no tb")), traceback.format_exception(ValueError()))
print(traceback.format_exception_only(OSError(2, "No such file")), traceback.format_exception_only(KeyError("k")))


class MyError(Exception):
    def __str__(self):
        return "custom text"


class Empty(Exception):
    pass


try:
    raise MyError(1)
except MyError:
    print(traceback.format_exc(), end="")
for e in (Empty(), Empty(""), Empty("a", "b"), MyError()):
    print(traceback.format_exception_only(e))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    traceback.print_exception(e, file=sys.stdout)
