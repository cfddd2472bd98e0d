# timeouts: Future.result/exception(timeout) and map(timeout) raise TimeoutError while a task waits on an Event
import threading
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor


def wait_then(gate, value):
    ok = gate.wait(5)
    return (value, ok)


def double(x):
    return x * 2


with ThreadPoolExecutor(max_workers=2) as ex:
    gate = threading.Event()
    f = ex.submit(wait_then, gate, "v")
    try:
        f.result(timeout=0.05)
        print("no timeout?")
    except concurrent.futures.TimeoutError as e:
        print("result:", type(e).__name__, f.done())
    try:
        f.exception(timeout=0.02)
        print("no timeout?")
    except concurrent.futures.TimeoutError as e:
        print("exception:", type(e).__name__, f.done())
    try:
        f.result(timeout=0)
    except concurrent.futures.TimeoutError as e:
        print("zero:", type(e).__name__)
    print(f.cancelled(), f.done())
    gate.set()
    print(f.result(timeout=5), f.exception(timeout=5), f.done())

    gate2 = threading.Event()
    it = ex.map(wait_then, [gate2, gate2], [1, 2], timeout=0.05)
    try:
        print(list(it))
    except concurrent.futures.TimeoutError as e:
        print("map:", type(e).__name__)
    gate2.set()

    quick = ex.submit(double, 21)
    print(quick.result(timeout=5))
    print(list(ex.map(double, [1, 2, 3], timeout=5)))
print("pool closed")
