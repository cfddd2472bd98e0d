# The warnings module: warn with categories, instances and stacklevel
# (positional and keyword), the filter actions (default, always, once,
# module, ignore, error), message/category/module/lineno matching,
# filter order, catch_warnings(record=True) and its restoring, resetting,
# formatwarning, and the errors for bad arguments.
import warnings


def where(w):
    return [(str(x.message), x.category.__name__, x.filename.rsplit("/", 1)[-1], x.lineno)
            for x in w]


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def two_up():
    deprecated_api()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("typed", RuntimeWarning)
    warnings.warn(FutureWarning("an instance"))
    deprecated_api()
    two_up()
    warnings.warn("kw", category=SyntaxWarning, stacklevel=1)
    print(where(w))
    print(type(w[2].message).__name__, w[2].message.args, w[0].line, w[0].file)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("looped")
    warnings.warn("looped")
    print(len(w), where(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once a")
        warnings.warn("once b", UserWarning)
    warnings.warn("once a")
    print(where(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    warnings.warn("mod")
    warnings.warn("mod")
    warnings.warn("mod", RuntimeWarning)
    print(where(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("error", message="fatal", category=RuntimeWarning)
    warnings.filterwarnings("ignore", module="__main__", lineno=99)
    warnings.warn("Noisy thing")
    warnings.warn("quiet? no, noisy")
    warnings.warn("kept")
    deprecated_api()
    try:
        warnings.warn("fatal error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.warn("fatal but a UserWarning")
    print(where(w))
    print([f[0] for f in warnings.filters][:5], len(warnings.filters))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", UserWarning, append=True)
    warnings.warn("appended filter comes last")
    print(len(w))

with warnings.catch_warnings(record=True, action="ignore") as w:
    warnings.warn("ignored by catch_warnings(action=)")
    print(len(w))

before = len(warnings.filters)
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(len(warnings.filters))
print(len(warnings.filters) == before)

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "), end="")
print(warnings.formatwarning("msg", RuntimeWarning, "f.py", 4), end="")

for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "cat")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError", e)
cm = warnings.catch_warnings()
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
print(issubclass(UserWarning, Warning), issubclass(ResourceWarning, Warning),
      issubclass(PendingDeprecationWarning, Warning), Warning.__mro__[1].__name__)
