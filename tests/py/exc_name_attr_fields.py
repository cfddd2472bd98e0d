# The `name` (and `obj`) fields a failed look-up sets on NameError and
# AttributeError, and what the traceback module prints for them: CPython
# 3.11 adds its "Did you mean" hint only when it prints an uncaught
# exception, never in traceback.format_exc() or format_exception_only().
import math
import traceback


def report(label, exc):
    obj = getattr(exc, "obj", "<no obj field>")
    print(label, type(exc).__name__, repr(exc.name), type(obj).__name__, str(exc))


def last_line():
    return traceback.format_exc().splitlines()[-1]


length = 10
try:
    print(lenght)
except NameError as e:
    report("global", e)
    print(last_line())
    print(traceback.format_exception_only(type(e), e))


def in_function(values):
    try:
        return valuse
    except NameError as e:
        report("function", e)
        print(last_line())


in_function([1])


class Body:
    setting = 1
    try:
        print(settin)
    except NameError as e:
        report("class body", e)

try:
    del never_bound
except NameError as e:
    report("del global", e)


def closure_before_binding():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        report("free variable", e)
    later = 1
    return later


closure_before_binding()


def unbound_local():
    try:
        count += 1
    except UnboundLocalError as e:
        report("unbound local", e)
    count = 0
    return count


unbound_local()

for made in (NameError("by hand"), NameError("by hand", name="lenght")):
    try:
        raise made
    except NameError as e:
        report("raised", e)
        print(last_line())


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2

    @property
    def norm(self):
        raise AttributeError("no norm here")


class Proxy:
    def __init__(self):
        self.value = 3

    def __getattr__(self, name):
        if name == "kept":
            raise AttributeError("kept fields", name="other", obj=42)
        raise AttributeError(f"proxy has no {name}")


class Sub(AttributeError):
    pass


class Strict:
    def __getattr__(self, name):
        raise Sub(name)


p = Point()
cases = [
    ("instance", lambda: p.z),
    ("class", lambda: Point.x),
    ("module", lambda: math.sqr),
    ("none", lambda: None.__bol__),
    ("str method", lambda: "abc".uper()),
    ("list method", lambda: [].apend(1)),
    ("getattr", lambda: getattr(p, "xx")),
    ("property", lambda: p.norm),
    ("__getattr__", lambda: Proxy().valu),
    ("preset fields", lambda: Proxy().kept),
    ("subclass", lambda: Strict().anything),
    ("int", lambda: (5).real_part),
]
for label, probe in cases:
    try:
        probe()
    except AttributeError as e:
        report(label, e)
        print(" ", e.obj is p, last_line())

print(getattr(p, "missing", "default"), hasattr(p, "missing"))

try:
    raise AttributeError("plain")
except AttributeError as e:
    report("raised", e)

e = AttributeError("given", name="x", obj=p)
print(e.name, e.obj is p)

# Chained: each exception keeps its own fields.
try:
    try:
        p.w
    except AttributeError:
        undefined_thing
except NameError as e:
    report("outer", e)
    report("inner", e.__context__)
    print(last_line())
