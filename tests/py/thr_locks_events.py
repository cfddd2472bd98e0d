# Lock/RLock acquire/release/locked/timeouts/with, cross-thread contention, Event set/clear/wait return values
import threading
from concurrent.futures import ThreadPoolExecutor


def hold_lock(lock, held, release_gate):
    with lock:
        held.set()
        release_gate.wait(5)
    return "released"


def try_acquire(lock):
    got = lock.acquire(blocking=False)
    if got:
        lock.release()
    return got


def try_release(lock):
    try:
        lock.release()
        return "released"
    except RuntimeError as e:
        return type(e).__name__


def setter(ev):
    ev.set()
    return ev.is_set()


lk = threading.Lock()
print(lk.locked(), lk.acquire(), lk.locked())
print(lk.acquire(blocking=False), lk.acquire(False), lk.acquire(timeout=0.01), lk.acquire(True, 0.01))
lk.release()
print(lk.locked(), lk.acquire(blocking=False))
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print("release unlocked:", type(e).__name__)
with lk:
    print("inside with:", lk.locked())
print("after with:", lk.locked())

rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
rl.release()
rl.release()
with rl:
    with rl:
        print("nested rlock ok")
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("release unowned rlock:", type(e).__name__)

with ThreadPoolExecutor(max_workers=2) as ex:
    held = threading.Event()
    release_gate = threading.Event()
    holder = ex.submit(hold_lock, lk, held, release_gate)
    print(held.wait(5), lk.locked(), lk.acquire(blocking=False), lk.acquire(timeout=0.02))
    release_gate.set()
    print(holder.result(), lk.acquire(timeout=5), lk.locked())
    print(ex.submit(try_acquire, lk).result())
    lk.release()
    print(ex.submit(try_acquire, lk).result(), lk.locked())
    rl.acquire()
    rl.acquire()
    print(ex.submit(try_acquire, rl).result(), ex.submit(try_release, rl).result())
    rl.release()
    rl.release()
    print(ex.submit(try_acquire, rl).result())

    ev = threading.Event()
    print(ev.is_set(), ev.wait(0.01), ev.wait(timeout=0))
    print(ex.submit(setter, ev).result(), ev.is_set(), ev.wait(), ev.wait(0.01))
    ev.clear()
    print(ev.is_set(), ev.wait(0.01))
    ev2 = threading.Event()
    waiter = ex.submit(ev2.wait, 5)
    ev2.set()
    print(waiter.result(), ev2.is_set())
    ev2.set()
    print(ev2.is_set())
