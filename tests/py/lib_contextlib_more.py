import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return names
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "!!", type(e).__name__, e, chain(e))
@contextmanager
def tag(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("caught %s" % e)
    finally:
        log.append("exit " + name)
def run_with(cm, exc=None):
    with cm as v:
        if exc is not None:
            raise exc
    return v
log = []
attempt("ok", lambda: run_with(tag("a", log)))
attempt("swallow", lambda: run_with(tag("b", log), ValueError("v")))
attempt("pass-through", lambda: run_with(tag("c", log), KeyError("k")))
print(log)
@contextmanager
def noyield():
    if False:
        yield
@contextmanager
def twice():
    yield 1
    yield 2
@contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")
@contextmanager
def plain():
    yield "p"
attempt("noyield", lambda: run_with(noyield()))
attempt("twice", lambda: run_with(twice()))
attempt("twice-throw", lambda: run_with(twice(), IndexError("x")))
attempt("convert", lambda: run_with(convert(), ZeroDivisionError("z")))
for exc in (StopIteration("s"), RuntimeError("r"), GeneratorExit(), KeyboardInterrupt()):
    attempt("plain " + type(exc).__name__, lambda: run_with(plain(), exc))
@tag("deco", log)
def double(x):
    return x * 2
log.clear(); print(double(3), double(4), log, double.__name__)
attempt("suppress", lambda: run_with(suppress(KeyError, IndexError), IndexError(3)))
attempt("suppress-miss", lambda: run_with(suppress(KeyError), ValueError(3)))
attempt("suppress-none", lambda: run_with(suppress()))
class Res:
    def close(self):
        print("closed")
attempt("closing", lambda: type(run_with(closing(Res()))).__name__)
attempt("nullcontext", lambda: (run_with(nullcontext(42)), run_with(nullcontext())))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()), sys.stdout is not buf)
order = []
with ExitStack() as st:
    st.callback(order.append, 1)
    print(st.enter_context(tag("es", order)))
    st.push(lambda *a: order.append(("push", a[0])))
    order.append("body")
print(order)
def bad(*a):
    raise ValueError("in cb")
def stack(body_exc, *cbs):
    with ExitStack() as st:
        for cb in cbs:
            st.callback(cb)
        if body_exc:
            raise body_exc
attempt("cb-chain", lambda: stack(None, bad, lambda: 1 / 0))
attempt("cb-chain-body", lambda: stack(KeyError("b"), bad, lambda: 1 / 0, lambda: [][1]))
st = ExitStack(); st.push(lambda t, v, tb: True)
attempt("push-suppress", lambda: run_with(st, KeyError("s")) is st)
st = ExitStack(); st.push(lambda t, v, tb: True); st.callback(bad)
attempt("push-suppress-cb", lambda: run_with(st, KeyError("s")) is st)
with ExitStack() as st:
    st.callback(order.append, "x")
    moved = st.pop_all()
print(order[-1]); moved.close(); print(order[-1])
attempt("enter-int", lambda: ExitStack().enter_context(42))
class M(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("M exit", a[0])
attempt("abstract", lambda: type(run_with(M())).__name__)
