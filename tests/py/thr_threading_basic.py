# threading.Thread: target/args/kwargs/name/daemon, start/join(timeout)/is_alive/ident, current/main thread, results via Queue
import threading
import queue
import time


def report(out, tag, times=1, sep="-"):
    me = threading.current_thread()
    out.put((tag, sep.join([tag] * times), me.name, me.daemon,
             threading.main_thread().name, threading.get_ident() == me.ident))


def ident_of(out):
    out.put(threading.get_ident())


def wait_gate(gate, out):
    out.put(gate.wait(5))


print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread(), threading.get_ident() == threading.get_ident())
print(threading.active_count())

out = queue.Queue()
t1 = threading.Thread(target=report, args=(out, "a"), kwargs={"times": 3}, name="alpha")
t2 = threading.Thread(target=report, args=(out, "b", 2), kwargs={"sep": "+"}, name="beta", daemon=True)
print(t1.name, t1.daemon, t2.name, t2.daemon, t1.is_alive(), t1.ident)
t1.start()
t2.start()
t1.join()
t2.join()
print(t1.is_alive(), t2.is_alive(), t1.ident is not None, t2.ident is not None)
print(sorted([out.get_nowait(), out.get_nowait()]))
print(out.empty(), threading.active_count())

t3 = threading.Thread(target=ident_of, args=(out,))
t3.start()
t3.join()
tid = out.get()
print(tid == t3.ident, tid != threading.get_ident(), threading.main_thread().ident == threading.get_ident())

try:
    t3.start()
except RuntimeError as e:
    print("restart:", type(e).__name__)

gate = threading.Event()
t4 = threading.Thread(target=wait_gate, args=(gate, out), name="gated")
t4.start()
t4.join(timeout=0.02)
print(t4.is_alive(), out.empty())
gate.set()
t4.join()
print(t4.is_alive(), out.get())

ts = [threading.Thread(target=report, args=(out, str(i)), name="n" + str(i)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
rows = sorted(out.get() for _ in range(8))
print([r[0] for r in rows], [r[2] for r in rows])
print(all(r[4] == "MainThread" and r[5] and not r[3] for r in rows))
t5 = threading.Thread(target=time.sleep, args=(0.01,))
t5.start()
t5.join()
print(t5.is_alive(), threading.active_count())
