# functools.wraps copies __annotations__ and the wrapped function's own
# attributes (its __dict__), so stacked decorators keep what inner ones set.
import functools


def register(tag):
    def deco(fn):
        fn.tag = tag
        fn.calls = 0
        return fn
    return deco


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    return wrapper


@counted
@register("preprocess")
def normalise(text: str, lower: bool = True) -> str:
    """Strip and optionally lower-case text."""
    return text.strip().lower() if lower else text.strip()


print(normalise("  Hello "), normalise(" X ", lower=False))
print(normalise.tag, normalise.calls, normalise.__wrapped__.calls)
print(normalise.__name__, normalise.__doc__, normalise.__annotations__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def plain(x):
    return x


wrapped_plain = functools.wraps(plain)(lambda *a: plain(*a))
print(wrapped_plain.__name__, wrapped_plain.__annotations__, wrapped_plain(4))


class Tracer:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn

    def __call__(self, *args):
        return ("traced", self.fn(*args))


@Tracer
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__annotations__, add.__wrapped__(3, 4))
only_name = functools.update_wrapper(lambda: 0, normalise, assigned=("__name__",), updated=())
print(only_name.__name__, hasattr(only_name, "tag"), only_name.__wrapped__ is normalise)
