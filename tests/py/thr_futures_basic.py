# ThreadPoolExecutor.submit with args/kwargs, Future.result/done/running/cancelled, result types
from concurrent.futures import ThreadPoolExecutor
import threading


def add(a, b, scale=1):
    return (a + b) * scale


def nothing():
    return None


def describe(name, *rest, **kw):
    return name + ":" + ",".join(str(r) for r in rest) + ":" + ",".join(k + "=" + str(kw[k]) for k in sorted(kw))


def big_power(n):
    return 3 ** n


def worker_name():
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=4) as ex:
    f1 = ex.submit(add, 2, 3)
    f2 = ex.submit(add, 2, 3, scale=10)
    f3 = ex.submit(add, b=7, a=1)
    f4 = ex.submit(nothing)
    f5 = ex.submit(describe, "x", 1, 2.5, None, z=1, a="q")
    f6 = ex.submit(big_power, 150)
    f7 = ex.submit(pow, 2, 100)
    f8 = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(f1.result(), f2.result(), f3.result(), f4.result())
    print(f5.result())
    print(f6.result())
    print(f7.result(), f8.result())
    print(f1.done(), f1.running(), f1.cancelled(), f1.exception())
    print(type(f1).__name__)

with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pw") as ex:
    n = ex.submit(worker_name).result()
    print(n.startswith("pw"), n != "MainThread", n == threading.current_thread().name)
    futs = [ex.submit(add, i, i * i) for i in range(10)]
    print([f.result() for f in futs])
    print(all(f.done() for f in futs))

print(threading.current_thread().name)
ex2 = ThreadPoolExecutor(max_workers=2)
fs = [ex2.submit(big_power, k) for k in range(5)]
ex2.shutdown(wait=True)
print([f.result() for f in fs], all(f.done() for f in fs))
try:
    ex2.submit(add, 1, 2)
except RuntimeError as e:
    print("submit after shutdown:", type(e).__name__)
