# traceback: extract_tb / FrameSummary / StackSummary, format_tb, the stack functions, limits, recursion.
import sys
import traceback


def fail(kind):
    raise kind("from fail")


def call(kind):
    fail(kind)


try:
    call(LookupError)
except LookupError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print(len(frames), type(frames).__name__)
    for fs in frames:
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), len(fs), fs[1:3])
        filename, lineno, name, line = fs
        print(name, lineno, line)
    print(frames[-1] == (__file__, 7, "fail", 'raise kind("from fail")'))
    print(repr(frames[0]).replace(__file__, "FILE"))
    print("".join(traceback.format_tb(tb)).replace(__file__, "FILE"), end="")
    traceback.print_tb(tb, limit=2, file=sys.stdout)
    print(traceback.format_tb(tb, limit=-1) == traceback.format_tb(tb)[-1:], traceback.extract_tb(tb, limit=0))
    print(traceback.format_list(frames[1:]) == traceback.format_tb(tb)[1:])
    traceback.print_list(frames[:1], file=sys.stdout)
    print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "<module>", "")]))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), list(te.format_exception_only()))
    print(te.stack[0].name, te.stack[-1].name)


def show_stack():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.extract_stack()), traceback.extract_stack()[-1].name)
    print(traceback.format_stack(limit=1))
    print([fs.name for fs in traceback.extract_stack(limit=-2)])


def level2():
    show_stack()


level2()


def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    recurse(n - 1)


try:
    recurse(12)
except RecursionError as e:
    print(traceback.format_exc(), end="")
    print(len(traceback.extract_tb(e.__traceback__)))
fs = traceback.FrameSummary("nofile.py", 12, "func", line="  spaced  ")
print(fs.line, fs.filename, fs.lineno, fs.name, fs.locals, list(fs))
fs2 = traceback.FrameSummary("nofile.py", 12, "func", lookup_line=False)
print(fs == fs2, fs2.line)
ss = traceback.StackSummary.from_list([fs, ("x.py", 1, "g", "pass")])
print(ss.format())
try:
    traceback.format_exception(ValueError, ValueError("v"))
except ValueError as e:
    print("ValueError", e)
try:
    traceback.format_exception("not an exception")
except TypeError as e:
    print("TypeError", e)
