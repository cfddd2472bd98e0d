"""atexit for taipan: functions to call when the script ends.

`register` and `unregister` as in CPython. When the main script ends
(normally, through sys.exit, or with an uncaught exception, after its
traceback is printed), the host waits for the script's threads and then
calls `_run_exitfuncs`: the functions run last registered first, and an
exception one raises is printed as CPython prints it ("Exception ignored
in atexit callback") without stopping the others or changing the exit
status.
"""

import sys

_callbacks = []


def register(func, *args, **kwargs):
    """Calls func(*args, **kwargs) when the script ends; returns func, so
    that `@atexit.register` works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of func (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    """Forgets every registered function."""
    _callbacks.clear()


def _ncallbacks():
    """How many functions are registered."""
    return len(_callbacks)


def _run_exitfuncs():
    """Calls the registered functions, last registered first."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    import traceback
    try:
        sys.stdout.flush()
    except Exception:
        pass
    print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
    # The first entry is _run_exitfuncs's own frame, which CPython (calling
    # from C) does not have.
    tb = exc.__traceback__
    traceback.print_exception(type(exc), exc, tb.tb_next if tb is not None else None,
                              file=sys.stderr)
