# threading: Condition (wait/notify/wait_for), Semaphore, BoundedSemaphore, Timer
import threading
import queue
import time

cond = threading.Condition()
box = queue.Queue()
ready = threading.Event()

def consumer():
    with cond:
        ready.set()
        got = cond.wait(timeout=5)
        box.put(("woken", got))

t = threading.Thread(target=consumer)
t.start()
ready.wait()
time.sleep(0.05)
with cond:
    cond.notify()
t.join()
print(box.get())

with cond:
    print(cond.wait(timeout=0.01))
    print(cond.wait_for(lambda: True))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(2)
with sem:
    print("inside")
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)

fired = queue.Queue()
tm = threading.Timer(0.02, fired.put, args=["fired"])
tm.start(); tm.join()
print(fired.get_nowait())
tm2 = threading.Timer(5, fired.put, args=["never"])
tm2.start(); tm2.cancel(); tm2.join()
print(fired.empty())
