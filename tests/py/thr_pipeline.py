# pool tasks cooperating through a Queue and through futures passed as arguments (one task waits on another's result)
import queue
from concurrent.futures import ThreadPoolExecutor


def produce(q, start, count):
    for i in range(start, start + count):
        q.put(i * i)
    return count


def consume(q, expected):
    total = 0
    items = 0
    while items < expected:
        total += q.get(timeout=5)
        items += 1
    return (items, total)


def after(fut, extra):
    return fut.result(timeout=5) + extra


def collect(futs):
    return sorted(f.result(timeout=5) for f in futs)


with ThreadPoolExecutor(max_workers=4) as ex:
    q = queue.Queue(maxsize=3)
    c = ex.submit(consume, q, 60)
    ps = [ex.submit(produce, q, s, 20) for s in (0, 100, 1000)]
    print([p.result() for p in ps], c.result(), q.empty())
    base = ex.submit(pow, 7, 3)
    chained = ex.submit(after, base, 1)
    chained2 = ex.submit(after, chained, 100)
    print(chained2.result(), chained.result(), base.result())
    parts = [ex.submit(divmod, n, 7) for n in (50, 15, 99)]
    print(ex.submit(collect, parts).result())

back = queue.Queue()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(consume, back, 3)
    for v in (10, 20, 30):
        back.put(v)
    print(f.result())
