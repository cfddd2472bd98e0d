# PEP 380: yield from passes throw() and close() on to the generator it
# delegates to (a @contextmanager built on yield from relies on it).
from contextlib import contextmanager

def inner():
    try:
        yield 1
    except KeyError:
        yield "caught in inner"
    return "inner done"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer(); print(next(g)); print(g.throw(KeyError("k"))); print(next(g))
try:
    next(g)
except StopIteration:
    print("stop")

def inner2():
    try:
        yield 1
    finally:
        print("inner2 finally")

def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 finally")

g = outer2(); next(g); g.close(); print("closed")

def inner3():
    yield 1
    return 5

def outer3():
    try:
        x = yield from inner3()
    except ValueError as e:
        print("outer3 caught", e)
        yield "handled"

g = outer3(); next(g); print(g.throw(ValueError("v")))

def _impl():
    print("setup")
    try:
        yield
    except RuntimeError as e:
        print("impl handled", e)
    finally:
        print("teardown")

@contextmanager
def ctx():
    yield from _impl()

with ctx():
    raise RuntimeError("boom")
print("after with")

def inner4():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
def outer4():
    yield from inner4()
g = outer4(); next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)

def inner5():
    yield 1
    raise TypeError("t")
def outer5():
    try:
        yield from inner5()
    except TypeError as e:
        yield "got " + str(e)
g = outer5(); next(g); print(next(g))
def inner6():
    try:
        yield 1
    except KeyError:
        raise IndexError("converted")
def outer6():
    try:
        yield from inner6()
    except IndexError as e:
        yield "outer6 " + str(e)
g = outer6(); next(g); print(g.throw(KeyError))
