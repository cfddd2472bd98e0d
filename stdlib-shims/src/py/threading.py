"""threading for taipan: Thread, Lock, RLock, Event and thread identity.

Thread runs its target on an OS thread with its own interpreter; the
target and what it reaches are frozen and its arguments copied, as for
work handed to a pool (see DESIGN.md, "The concurrency contract").
"""

import _thread
from _thread import Lock, RLock, Event, Semaphore, BoundedSemaphore, get_ident
from time import monotonic as _time

__all__ = ["Thread", "Timer", "Lock", "RLock", "Event", "Condition", "Semaphore",
           "BoundedSemaphore", "current_thread", "main_thread", "get_ident",
           "active_count", "local"]


class Thread:
    """A thread of control; override run() or pass a target."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if name is None:
            name = "Thread-%d" % _thread.next_thread_number()
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        else:
            name = str(name)
        self._target = target
        self._name = name
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs is not None else {}
        self._daemon = bool(daemon) if daemon is not None else _thread.current_daemon()
        self._handle = _thread.ThreadHandle()

    def start(self):
        if self._handle.started():
            raise RuntimeError("threads can only be started once")
        if type(self).run is Thread.run:
            self._handle.start(self._target, self._args, self._kwargs, self._name, self._daemon)
        else:
            self._handle.start(self.run, (), {}, self._name, self._daemon)

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._handle.started():
            raise RuntimeError("cannot join thread before it is started")
        if self._handle.ident() == get_ident():
            raise RuntimeError("cannot join current thread")
        self._handle.join(timeout)

    def is_alive(self):
        return self._handle.is_alive()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._handle.ident()

    @property
    def native_id(self):
        return self._handle.ident()

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._handle.started():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon = bool(value)

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self._daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def __repr__(self):
        status = "initial"
        if self._handle.started():
            status = "started" if self._handle.is_alive() else "stopped"
        if self._daemon:
            status += " daemon"
        if self._handle.ident() is not None:
            status += " %s" % self._handle.ident()
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)


class Timer(Thread):
    """Call a function after a number of seconds (cancel() stops it)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class Condition:
    """A condition variable over a Lock or RLock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._core = _thread.CondCore()
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        return self._core.wait(self._lock, timeout)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        self._core.notify(self._lock, n)

    def notify_all(self):
        self._core.notify(self._lock, -1)

    notifyAll = notify_all


_MISSING = object()


def _local_state(obj):
    """The calling thread's attribute dict of a `local`; a thread's first
    use runs the class's `__init__` there with the arguments the object
    was made with, as CPython does."""
    core, args, kwargs = object.__getattribute__(obj, "_local__impl")
    d, new = core.dict()
    if new:
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kwargs)
    return d


def _class_attr(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _MISSING


def _is_data_descriptor(attr):
    tp = type(attr)
    return hasattr(tp, "__get__") and (hasattr(tp, "__set__") or hasattr(tp, "__delete__"))


class local:
    """Attributes each thread sees its own values of.

    A subclass's `__init__` runs in every thread that uses the object, with
    the arguments it was made with. Methods, properties and class
    attributes come from the class as usual."""

    __slots__ = ("_local__impl",)

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__impl", (_thread.LocalCore(), args, kwargs))
        # The creating thread runs __init__ through the call itself.
        object.__getattribute__(self, "_local__impl")[0].dict()
        return self

    def __getattribute__(self, name):
        d = _local_state(self)
        if name == "__dict__":
            return d
        cls = type(self)
        attr = _class_attr(cls, name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            return attr.__get__(self, cls)
        if name in d:
            return d[name]
        if attr is _MISSING:
            if name.startswith("__") and name.endswith("__"):
                # What the class dicts do not hold (`__class__`, ...).
                return object.__getattribute__(self, name)
            raise AttributeError("%s object has no attribute '%s'" % (_local_name(cls), name))
        if hasattr(type(attr), "__get__"):
            return attr.__get__(self, cls)
        return attr

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%s object attribute '__dict__' is read-only"
                                 % _local_name(type(self)))
        d = _local_state(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), "__set__"):
            attr.__set__(self, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("%s object attribute '__dict__' is read-only"
                                 % _local_name(type(self)))
        d = _local_state(self)
        attr = _class_attr(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), "__delete__"):
            attr.__delete__(self)
        elif name in d:
            del d[name]
        else:
            raise AttributeError("%s object has no attribute '%s'" % (_local_name(type(self)), name))


# CPython's local is the C type _thread._local.
local.__name__ = local.__qualname__ = "_local"
local.__module__ = "_thread"


def _local_name(cls):
    """How CPython's messages name a local's class (quoted)."""
    return "'_thread._local'" if cls is local else "'%s'" % cls.__name__


class _CurrentThread:
    """What current_thread() returns: the running thread's name and identity."""

    def __init__(self, name, ident, daemon):
        self.name = name
        self.ident = ident
        self.native_id = ident
        self.daemon = daemon

    def getName(self):
        return self.name

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainThread(%s, started %s)>" % (self.name, self.ident)


_MAIN = _CurrentThread("MainThread", get_ident(), False)


def current_thread():
    """The running thread (its name and identity)."""
    if _thread.current_name() == "MainThread":
        return _MAIN
    return _CurrentThread(_thread.current_name(), get_ident(), _thread.current_daemon())


def main_thread():
    """The main thread."""
    return _MAIN


def active_count():
    """The number of threads alive: the main thread and those started."""
    return _thread.active_count()


activeCount = active_count
currentThread = current_thread
