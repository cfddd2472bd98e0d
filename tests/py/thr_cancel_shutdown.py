# cancel() of pending vs running futures, CancelledError, shutdown(cancel_futures=True), submit after shutdown
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError, wait


def hold(started, gate, value):
    started.set()
    gate.wait(5)
    return value


def triple(x):
    return x * 3


ex = ThreadPoolExecutor(max_workers=1)
started = threading.Event()
gate = threading.Event()
head = ex.submit(hold, started, gate, "head")
tail = [ex.submit(triple, i) for i in range(4)]
print(started.wait(5), head.running(), head.done())
print(head.cancel(), head.cancelled())
print(tail[1].cancel(), tail[1].cancelled(), tail[1].done(), tail[1].running())
print(tail[1].cancel())
try:
    tail[1].result()
except CancelledError as e:
    print("result:", type(e).__name__)
try:
    tail[1].exception(timeout=1)
except CancelledError as e:
    print("exception:", type(e).__name__)
gate.set()
print(head.result(), [f.result() for f in tail if not f.cancelled()])
print(head.cancel(), tail[0].cancel(), tail[0].cancelled())
done, not_done = wait(tail)
print(len(done), len(not_done))
ex.shutdown()

ex = ThreadPoolExecutor(max_workers=1)
started = threading.Event()
gate = threading.Event()
head = ex.submit(hold, started, gate, 7)
rest = [ex.submit(triple, i) for i in range(5)]
started.wait(5)
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print(head.result(), head.cancelled())
print([f.cancelled() for f in rest], all(f.done() for f in rest))
try:
    ex.submit(triple, 1)
except RuntimeError as e:
    print("after shutdown:", type(e).__name__)
ex.shutdown(wait=True)
ex.shutdown()
print("double shutdown ok")

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(triple, i) for i in range(6)]
print([f.result() for f in fs], [f.cancel() for f in fs])
