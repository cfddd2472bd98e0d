# The ^ and ~ marks under traceback lines (CPython 3.11's column ranges):
# binary operators, subscripts, calls, attribute loads, stores, unpacking,
# assert and multi-line expressions. Prints traceback.format_exc() without
# its "File" lines (paths differ between runs).
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(line for line in lines if not line.startswith("  File")))


def divide(x):
    return x / 0


def floor_divide(x):
    return (x + 1) // (x - x)


def missing_key():
    d = {"a": {"b": 1}}
    return d["a"]["c"] + 1


def bad_index(a, b):
    return a[b]


class Thing:
    pass


def bad_attr():
    t = Thing()
    return t.size * 2


def bad_method():
    s = "text"
    return s.nope()


def bad_call():
    return len(5) + 1


def bad_store():
    t = (1, 2)
    t[0] = 5


def bad_aug_store():
    t = (1, 2)
    t[1] += 1


def bad_unpack():
    a, b = [1, 2, 3]
    return a + b


def bad_assert(n):
    assert n > 10, "too small"


def multi_line(x):
    return (x
            + 1)


def whole_line():
    raise ValueError("whole line: no marks")


def nested_call():
    return int("x" + str(bad_index([1], 0)))


def spaced_operator():
    a = 1
    return a  +   "s"


def spread_call():
    return divmod(1,
                  int("nine"))


def spread_literal():
    return {
        "a": 1,
        "b": [1, 2][7],
    }


def unicode_line():
    word = "héllo"
    return word + 5


show(lambda: divide(1))
show(lambda: floor_divide(2))
show(missing_key)
show(lambda: bad_index([1, 2], 5))
show(bad_attr)
show(bad_method)
show(bad_call)
show(bad_store)
show(bad_aug_store)
show(bad_unpack)
show(lambda: bad_assert(3))
show(lambda: multi_line("s"))
show(whole_line)
show(nested_call)
show(spaced_operator)
show(spread_call)
show(spread_literal)
show(unicode_line)
