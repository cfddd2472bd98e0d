"""multiprocessing for taipan: Pool and cpu_count.

The pool's workers are threads of one process, not processes: taipan runs
threads truly in parallel, so CPU-bound work still spreads over the cores.
Work handed to a worker follows taipan's concurrency contract (what it
reaches is frozen and shared, its arguments are copied), much as a child
process would get copies. Results come back in the order CPython gives.

Differences: callback/error_callback run on the thread that waits (get(),
wait() or join()), not on a result-handler thread; terminate() and leaving
a `with` block wait for the queued tasks instead of killing workers;
Process, Queue, Manager and the other primitives are not provided.
"""

import os
from concurrent.futures import ThreadPoolExecutor, as_completed, wait as _wait

__all__ = ["Pool", "cpu_count", "freeze_support", "ProcessError", "TimeoutError"]


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


def cpu_count():
    count = os.cpu_count()
    if count is None:
        raise NotImplementedError("cannot determine number of cpus")
    return count


def freeze_support():
    pass


def _star(func):
    return lambda args: func(*args)


class AsyncResult:
    """The outcome of apply_async (one call) or map_async (a list of
    calls), with its callbacks run once by the first thread that waits."""

    def __init__(self, futures, single, callback, error_callback):
        self._futures = futures
        self._single = single
        self._callbacks = (callback, error_callback)

    def ready(self):
        return all(f.done() for f in self._futures)

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % (self,))
        return all(f.exception() is None for f in self._futures)

    def wait(self, timeout=None):
        _wait(self._futures, timeout)
        if self.ready():
            self._run_callbacks()

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        values = [f.result() for f in self._futures]
        return values[0] if self._single else values

    def _run_callbacks(self):
        if self._callbacks is None:
            return
        callback, error_callback = self._callbacks
        self._callbacks = None
        try:
            values = [f.result() for f in self._futures]
        except Exception as e:
            if error_callback is not None:
                error_callback(e)
            return
        if callback is not None:
            callback(values[0] if self._single else values)


class Pool:
    """A pool of `processes` worker threads (taipan's default thread count
    when None)."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is not None and processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._executor = ThreadPoolExecutor(processes, initializer=initializer, initargs=initargs)
        self._results = []
        self._running = True

    def _submit(self, func, items):
        if not self._running:
            raise ValueError("Pool not running")
        return [self._executor.submit(func, item) for item in items]

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        if not self._running:
            raise ValueError("Pool not running")
        result = AsyncResult([self._executor.submit(func, *args, **kwds)], True, callback,
                             error_callback)
        self._results.append(result)
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        result = AsyncResult(self._submit(func, iterable), False, callback, error_callback)
        self._results.append(result)
        return result

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self.map_async(_star(func), iterable, chunksize, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return [f.result() for f in self._submit(func, iterable)]

    def starmap(self, func, iterable, chunksize=None):
        return self.map(_star(func), iterable)

    def imap(self, func, iterable, chunksize=1):
        return (f.result() for f in self._submit(func, iterable))

    def imap_unordered(self, func, iterable, chunksize=1):
        return (f.result() for f in as_completed(self._submit(func, iterable)))

    def close(self):
        self._running = False

    def terminate(self):
        self.close()
        self._executor.shutdown()

    def join(self):
        if self._running:
            raise ValueError("Pool is still running")
        self._executor.shutdown()
        for result in self._results:
            result.wait()
        self._results = []

    def __enter__(self):
        if not self._running:
            raise ValueError("Pool not running")
        return self

    def __exit__(self, *exc_info):
        self.terminate()
