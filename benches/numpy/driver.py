"""Script mode shared by the NumPy workloads: `python3 wl_x.py REPS [WORKERS]`.

Without WORKERS: one untimed warm-up call of `work`, then REPS calls in a
plain loop, timed with time.perf_counter around the loop only.

With WORKERS (>= 1): a ThreadPoolExecutor(WORKERS) is started and its
workers woken (before the clock), then REPS calls are submitted to it and
all their results collected, timed the same way. The harness compares
WORKERS=2 with 2 x REPS calls against WORKERS=1 with REPS calls.

Prints one line: {"reps": R, "workers": W, "seconds": S, "checksum": C},
C = checksum(result of the last call), a rounded float (W is 0 for the
plain loop).
"""


def _noop(x):
    return x


def main(argv, work, checksum, name):
    """Runs `work()` as `name REPS [WORKERS]` asks and prints the result line."""
    import time
    if len(argv) < 1 or len(argv) > 2:
        print("usage: %s REPS [WORKERS]" % name)
        return 2
    reps = int(argv[0])
    workers = int(argv[1]) if len(argv) == 2 else 0
    if reps < 1 or workers < 0:
        print("usage: %s REPS [WORKERS]  (REPS >= 1, WORKERS >= 0)" % name)
        return 2
    if workers == 0:
        result = work()            # warm-up: lazy set-up outside the clock
        t0 = time.perf_counter()
        for _ in range(reps):
            result = work()
        t1 = time.perf_counter()
    else:
        from concurrent.futures import ThreadPoolExecutor
        ex = ThreadPoolExecutor(workers)
        list(ex.map(_noop, range(workers)))      # start the workers
        result = ex.submit(work).result()        # warm-up
        t0 = time.perf_counter()
        futures = [ex.submit(work) for _ in range(reps)]
        results = [f.result() for f in futures]
        t1 = time.perf_counter()
        ex.shutdown()
        result = results[-1]
    print('{"reps": %d, "workers": %d, "seconds": %.6f, "checksum": %r}'
          % (reps, workers, t1 - t0, checksum(result)))
    return 0
