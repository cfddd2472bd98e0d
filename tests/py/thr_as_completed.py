# as_completed: yields every future once (sorted before printing), timeout raises TimeoutError
import threading
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed


def label(i):
    return "item-" + str(i).zfill(2)


def blocked(gate, value):
    gate.wait(5)
    return value


def maybe_fail(i):
    if i % 4 == 0:
        raise ValueError("multiple of four: " + str(i))
    return i


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(label, i) for i in range(15)]
    seen = []
    for f in as_completed(fs):
        seen.append(f.result())
    print(len(seen), sorted(seen) == [label(i) for i in range(15)])
    print(sorted(seen)[:3], sorted(seen)[-1])

    futs = {ex.submit(maybe_fail, i): i for i in range(10)}
    good = []
    bad = []
    for f in as_completed(futs):
        if f.exception() is None:
            good.append((futs[f], f.result()))
        else:
            bad.append((futs[f], str(f.exception())))
    print(sorted(good))
    print(sorted(bad))

    dup = ex.submit(label, 42)
    print([f.result() for f in as_completed([dup, dup, dup])])

    gate = threading.Event()
    quick = ex.submit(label, 1)
    slow = ex.submit(blocked, gate, "late")
    quick.result()
    yielded = []
    try:
        for f in as_completed([quick, slow], timeout=0.05):
            yielded.append(f.result())
    except concurrent.futures.TimeoutError as e:
        print("timeout:", type(e).__name__, yielded)
    gate.set()
    print(sorted(f.result() for f in as_completed([quick, slow], timeout=5)))
    print(list(as_completed([])))
