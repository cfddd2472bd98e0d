# contextlib: generator context managers, suppress, closing, nullcontext, ExitStack.
import io
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout


@contextmanager
def tag(name, log):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        log.append("</" + name + ">")


log = []
with tag("a", log) as t:
    log.append(t)
with tag("b", log):
    raise ValueError("inside")
try:
    with tag("c", log):
        raise KeyError("k")
except KeyError as e:
    log.append("outer " + repr(e))
print(log)


@tag("deco", log)
def work(x):
    return x * 2


log.clear()
print(work(3), work(4), log)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")


class Res:
    def __init__(self, name, out):
        self.name, self.out = name, out

    def close(self):
        self.out.append("closed " + self.name)

    def __enter__(self):
        self.out.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.out.append("exit " + self.name)
        return False


out = []
with closing(Res("r", out)) as r:
    out.append(r.name)
with nullcontext(5) as five:
    out.append(five)
with ExitStack() as stack:
    a = stack.enter_context(Res("a", out))
    b = stack.enter_context(Res("b", out))
    stack.callback(out.append, "callback")
    moved = stack.pop_all()
out.append("after with")
moved.close()
print(out)

out = []
try:
    with ExitStack() as stack:
        stack.callback(lambda: out.append("first registered"))
        stack.push(lambda *exc: out.append("saw " + exc[0].__name__) or True)
        raise IndexError("boom")
except IndexError:
    out.append("not suppressed")
print(out)

buffer = io.StringIO()
with redirect_stdout(buffer):
    print("captured")
print(repr(buffer.getvalue()))
