"""Script mode shared by the thread-scaling workloads: `python3 wl_x.py
MODE THREADS TASKS` runs the workload's `work` over range(TASKS) serially,
on a ThreadPoolExecutor or on a ProcessPoolExecutor, and prints one line
{"tasks": N, "seconds": S, "checksum": C} (S times the map only)."""

CHECK_MOD = 2305843009213693951  # 2**61 - 1


def combine(results):
    """Order-dependent checksum of a list of results (ints or int tuples)."""
    c = 0
    for r in results:
        if isinstance(r, int):
            r = (r,)
        for v in r:
            c = (c * 1000003 + v) % CHECK_MOD
    return c


def _noop(x):
    return x


def main(argv, work, name):
    """Runs `work` over TASKS inputs as `name MODE THREADS TASKS` asks."""
    import time
    if len(argv) != 3 or argv[0] not in ("serial", "thread", "process"):
        print("usage: %s serial|thread|process THREADS TASKS" % name)
        return 2
    mode = argv[0]
    threads = int(argv[1])
    tasks = int(argv[2])
    if mode == "serial":
        t0 = time.perf_counter()
        results = list(map(work, range(tasks)))
        t1 = time.perf_counter()
    else:
        if mode == "thread":
            from concurrent.futures import ThreadPoolExecutor
            ex = ThreadPoolExecutor(threads)
            # Start the workers before the clock starts.
            list(ex.map(_noop, range(threads)))
            t0 = time.perf_counter()
            results = list(ex.map(work, range(tasks)))
            t1 = time.perf_counter()
        else:
            from concurrent.futures import ProcessPoolExecutor
            ex = ProcessPoolExecutor(threads)
            # A few chunks per worker: low IPC overhead, still balanced.
            chunksize = max(1, tasks // (threads * 8))
            list(ex.map(_noop, range(threads)))
            t0 = time.perf_counter()
            results = list(ex.map(work, range(tasks), chunksize=chunksize))
            t1 = time.perf_counter()
        ex.shutdown()
    print('{"tasks": %d, "seconds": %.6f, "checksum": %d}'
          % (len(results), t1 - t0, combine(results)))
    return 0
