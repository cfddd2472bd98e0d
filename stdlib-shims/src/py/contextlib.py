"""contextlib for taipan: contextmanager, ContextDecorator,
AbstractContextManager, suppress, closing, nullcontext, redirect_stdout,
redirect_stderr and ExitStack.

`@contextmanager` follows CPython 3.11's protocol: the exception of the
`with` body is thrown into the generator, which suppresses it by
returning instead of re-raising; a generator that does not yield raises
RuntimeError("generator didn't yield"), one that yields again raises
RuntimeError("generator didn't stop") (or "... after throw()"). Its results
work as decorators too (each call runs in a fresh context).

ExitStack unwinds its callbacks last-in first-out; an exception raised by
a callback gets the exception it replaced as its `__context__`, as in
CPython (which leaves the context empty when the `with` body itself raised
nothing).

Not provided: the async variants (`asynccontextmanager`, `aclosing`,
`AsyncExitStack`, `AbstractAsyncContextManager`), which taipan's subset
refuses anyway, and `chdir` (taipan's `os` has no `chdir`).
`AbstractContextManager` is a plain base class: isinstance() sees only
real subclasses, not every class with `__enter__` and `__exit__`.
"""

import sys

__all__ = [
    "AbstractContextManager", "ContextDecorator", "contextmanager", "closing",
    "nullcontext", "suppress", "ExitStack", "redirect_stdout", "redirect_stderr",
]


def _copy_names(wrapper, wrapped):
    """Give wrapper the name, qualname, module and docstring of wrapped."""
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


class AbstractContextManager:
    """A base for context managers: `__enter__` returns self and
    `__exit__` returns None (the exception, if any, propagates)."""

    def __enter__(self):
        """Return self."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Do nothing and let any exception propagate."""
        return None


class ContextDecorator:
    """A base that lets a context manager decorate functions: each call
    of the decorated function runs inside `with self._recreate_cm():`."""

    def _recreate_cm(self):
        """The context manager for one call (self, unless overridden)."""
        return self

    def __call__(self, func):
        """Decorate func so that its calls run inside this context."""
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_names(inner, func)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager a `@contextmanager` function returns."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        """Run the generator up to its yield and return the yielded value."""
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        """Resume the generator (throwing the body's exception into it)."""
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator returned: the exception is suppressed, unless
            # it was the body's own StopIteration coming back out.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration raised in a generator turns into
            # RuntimeError; when it is the body's, let the original go on.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorate a generator function that yields once, making a context
    manager of it: the code before the yield runs on entry (the yielded
    value is what `as` binds), the code after it on exit; an exception in
    the `with` body is raised at the yield."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_names(helper, func)


class closing(AbstractContextManager):
    """`with closing(thing) as t:` binds thing and calls `thing.close()`
    on the way out."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        """Return the wrapped thing."""
        return self.thing

    def __exit__(self, *exc_info):
        """Close the wrapped thing."""
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        """Return enter_result."""
        return self.enter_result

    def __exit__(self, *excinfo):
        """Do nothing."""
        pass


class suppress(AbstractContextManager):
    """`with suppress(E1, E2):` swallows exceptions of the given classes
    (and their subclasses) raised in the body; the program goes on after
    the `with` statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        """Return None."""
        return None

    def __exit__(self, exctype, excinst, exctb):
        """True (suppress) when the exception is one of the listed kinds."""
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    """Shared code of redirect_stdout and redirect_stderr."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        """Install the new stream and return it."""
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        """Put the previous stream back."""
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """`with redirect_stdout(f):` sends sys.stdout (and so print()) to f."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """`with redirect_stderr(f):` sends sys.stderr to f."""

    _stream = "stderr"


def _fix_context(new_exc, old_exc, frame_exc):
    """Make the end of new_exc's context chain point at old_exc, the
    exception new_exc replaced, where it points at frame_exc (the
    exception being handled when the stack began to unwind)."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks (context managers' `__exit__` methods and
    plain callbacks), run last-in first-out when the `with` block or
    `close()` ends. A callback that returns true suppresses the pending
    exception (plain callbacks never do)."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new ExitStack and return it; this one
        is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Push a context manager's `__exit__` (without entering it), or a
        callable taking (exc_type, exc, traceback); return the argument."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            # A plain callable with __exit__'s signature.
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager cm, push its `__exit__`, and return
        what its `__enter__` returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit_method = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit_method)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push `callback(*args, **kwds)` to be called on the way out (its
        result is ignored: it cannot suppress); return callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, exit_method):
        def _exit_wrapper(exc_type, exc, tb):
            return exit_method(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((True, _exit_wrapper))

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        """Run the callbacks, last pushed first; return True when the
        exception of the `with` body was suppressed."""
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        pending = exc_details[1] if received_exc else None
        if received_exc and pending is None:
            pending = exc_details[0]()
        pending_raise = False
        suppressed = False
        while self._exit_callbacks:
            can_suppress, cb = self._exit_callbacks.pop()
            if pending is None:
                details = (None, None, None)
            else:
                details = (type(pending), pending, pending.__traceback__)
            try:
                if cb(*details) and can_suppress:
                    suppressed = True
                    pending_raise = False
                    pending = None
            except BaseException as new_exc:
                _fix_context(new_exc, pending, frame_exc)
                pending_raise = True
                pending = new_exc
        if pending_raise:
            fixed_ctx = pending.__context__
            try:
                raise pending
            except BaseException:
                # `raise` may replace the context set up above.
                pending.__context__ = fixed_ctx
                raise
        return received_exc and suppressed
