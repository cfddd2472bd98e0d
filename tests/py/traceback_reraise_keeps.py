# How raising an exception object again builds its traceback: `raise e`
# keeps the earlier entries and adds the raising frame (even the same
# frame), a bare `raise` adds nothing, with_traceback() and assigning
# __traceback__ replace the record.
import sys
import traceback


def inner():
    raise KeyError("k")


def show(label):
    print("--", label)
    print(traceback.format_exc())


def same_frame_raise_e():
    try:
        inner()
    except KeyError as e:
        raise e


def same_frame_bare():
    try:
        inner()
    except KeyError:
        raise


def keep():
    try:
        inner()
    except KeyError as e:
        return e


def with_tb():
    try:
        inner()
    except KeyError:
        tb = sys.exc_info()[2]
        raise ValueError("wrapped").with_traceback(tb)


for label, fn in [("raise e", same_frame_raise_e), ("bare raise", same_frame_bare),
                  ("with_traceback", with_tb)]:
    try:
        fn()
    except Exception:
        show(label)
stored = keep()
try:
    raise stored
except KeyError:
    show("stored then raised")
err = ValueError("again")
for attempt in range(3):
    try:
        raise err
    except ValueError:
        pass
try:
    raise err
except ValueError as e:
    show("raised four times")
    print(len(traceback.extract_tb(e.__traceback__)))
    e.__traceback__ = None
    print(e.__traceback__, traceback.format_exception(e))
try:
    raise stored.with_traceback(None)
except KeyError:
    show("with_traceback(None)")
try:
    ValueError().with_traceback("nope")
except TypeError as e:
    print("TypeError", e)
raise keep()
