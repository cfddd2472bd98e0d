def gen():
    yield 1
    yield 2
    raise ValueError("inside gen")

g = gen()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
try:
    next(g)
except StopIteration:
    print("exhausted")
out = []
try:
    for v in gen():
        out.append(v)
except ValueError:
    print("loop aborted", out)

def stopper():
    yield 1
    return "retval"

s = stopper()
next(s)
try:
    next(s)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

def bad_stop():
    yield 1
    raise StopIteration("explicit")

try:
    list(bad_stop())
except RuntimeError as e:
    print("RuntimeError", type(e.__cause__).__name__)

def handler():
    try:
        yield "a"
        yield "b"
    except KeyError:
        yield "handled"
    finally:
        print("gen finally")

h = handler()
print(next(h))
print(h.throw(KeyError("x")))
try:
    next(h)
except StopIteration:
    print("done")
