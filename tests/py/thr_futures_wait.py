# concurrent.futures.wait: ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, timeout; (done, not_done) sets
import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED


def cube(n):
    return n * n * n


def blocked(gate, value):
    gate.wait(5)
    return value


def fail(msg):
    raise RuntimeError(msg)


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(cube, i) for i in range(6)]
    done, not_done = wait(fs)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(type(done).__name__, type(not_done).__name__, len(done), len(not_done))

    gate = threading.Event()
    slow = ex.submit(blocked, gate, "slow")
    quick = ex.submit(cube, 4)
    done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), quick in done, slow in not_done, [f.result() for f in done])
    done, not_done = wait([slow, quick], timeout=0.05)
    print(len(done), len(not_done), slow.done(), quick in done)
    gate.set()
    done, not_done = wait([slow, quick], timeout=5)
    print(len(done), len(not_done), slow.result(), quick.result())

    gate2 = threading.Event()
    slow2 = ex.submit(blocked, gate2, 99)
    bad = ex.submit(fail, "boom")
    done, not_done = wait([slow2, bad], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), bad in done, type(bad.exception()).__name__, bad.exception())
    gate2.set()
    print(slow2.result())
    done, not_done = wait([slow2, bad], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))

    ok = [ex.submit(cube, k) for k in (1, 2, 3)]
    done, not_done = wait(ok, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    done, not_done = wait(ok, return_when=FIRST_COMPLETED)
    print(len(done) == 3, len(not_done))
    done, not_done = wait([])
    print(len(done), len(not_done))
