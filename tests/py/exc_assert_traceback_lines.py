# Where a failed assert points in its traceback (CPython 3.11): the whole
# statement (no carets), except for a comparison test, which is marked.
import traceback


def check(x):
    assert x, "x must be truthy"


def exec_assert_call():
    assert isinstance(3, str)


def exec_assert_compare(r):
    assert r > 0, f"bad {r}"


def exec_assert_multiline():
    assert (
        len([1]) == 2
    ), "multi"


for case in (lambda: check(0),
             lambda: exec_assert_call(),
             lambda: exec_assert_compare(-1),
             lambda: exec_assert_multiline()):
    try:
        case()
    except AssertionError:
        print(traceback.format_exc().splitlines()[-3:])
