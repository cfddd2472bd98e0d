# __context__ as CPython sets it: on every raise while an exception is
# handled (replacing an older context), cycles cut, and each generator
# keeps its own handled exception across yields.
import sys


def show(label, e):
    chain = []
    seen = 0
    while e is not None and seen < 6:
        chain.append(repr(e))
        e = e.__context__
        seen += 1
    print(label, " <- ".join(chain))


saved = None
try:
    raise ValueError("first")
except ValueError as e:
    saved = e

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise saved
except ValueError as e:
    show("reraised in handler", e)

try:
    try:
        raise IndexError("i")
    except IndexError:
        raise saved
except ValueError as e:
    show("context replaced", e)

try:
    raise saved
except ValueError as e:
    show("outside a handler keeps it", e)

# A cycle: raising the handled exception's context inside its handler.
a = TypeError("a")
try:
    try:
        raise a
    except TypeError:
        try:
            raise RuntimeError("b")
        except RuntimeError as b:
            raise a
except TypeError as e:
    show("cycle cut", e)
    show("b now", e.__context__)


def gen_in_handler():
    try:
        raise LookupError("inside gen")
    except LookupError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


g = gen_in_handler()
print("gen sees", repr(next(g)))
print("caller sees", sys.exc_info()[1])
try:
    raise OSError("caller's")
except OSError:
    print("gen still sees", repr(next(g)))
    print("caller still sees", repr(sys.exc_info()[1]))
    print("gen after handler sees caller's", repr(next(g)))
print("after", sys.exc_info())


def gen_plain():
    while True:
        yield repr(sys.exc_info()[1])


p = gen_plain()
print(next(p))
try:
    raise ZeroDivisionError("z")
except ZeroDivisionError:
    print(next(p))
print(next(p))


def bare_reraise():
    try:
        yield
    except ValueError:
        yield
        raise


r = bare_reraise()
next(r)
r.throw(ValueError("thrown"))
try:
    next(r)
except ValueError as e:
    show("bare raise after yield", e)

for v in gen_in_handler():
    print("for sees", repr(v))
try:
    raise NameError("outer")
except NameError:
    for v in gen_in_handler():
        print("for in handler sees", repr(v))
    try:
        raise ArithmeticError("new")
    except ArithmeticError as e:
        show("chain in handler", e)
