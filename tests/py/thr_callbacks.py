# add_done_callback: callbacks put into a global queue.Queue; already-done futures run the callback at once in the caller
import threading
import queue
from concurrent.futures import ThreadPoolExecutor

CB_Q = queue.Queue()


def on_done(fut):
    if fut.cancelled():
        CB_Q.put(("cancelled", None))
    elif fut.exception() is not None:
        CB_Q.put(("error", str(fut.exception())))
    else:
        CB_Q.put(("value", fut.result()))


def where(fut):
    CB_Q.put(("thread", threading.current_thread().name == "MainThread"))


def work(n):
    if n == 4:
        raise KeyError("four")
    return n * 11


def blocked(gate):
    gate.wait(5)
    return "released"


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(work, i) for i in range(7)]
    for f in futs:
        f.add_done_callback(on_done)
    got = [CB_Q.get(timeout=5) for _ in range(7)]
    print(sorted(got, key=repr))

    done_f = ex.submit(work, 2)
    done_f.result()
    done_f.add_done_callback(on_done)
    print(CB_Q.get_nowait(), CB_Q.empty())
    done_f.add_done_callback(where)
    print(CB_Q.get_nowait())

    multi = ex.submit(work, 3)
    multi.add_done_callback(on_done)
    multi.add_done_callback(on_done)
    multi.add_done_callback(on_done)
    got = [CB_Q.get(timeout=5) for _ in range(3)]
    print(got)

with ThreadPoolExecutor(max_workers=1) as ex:
    gate = threading.Event()
    first = ex.submit(blocked, gate)
    pending = ex.submit(work, 1)
    pending.add_done_callback(on_done)
    print(pending.cancel(), CB_Q.get_nowait())
    first.add_done_callback(on_done)
    gate.set()
    print(CB_Q.get(timeout=5))
print(CB_Q.qsize())
