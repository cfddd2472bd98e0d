# producer/consumer through queues: several producers and consumers, sentinels, bounded queue, task_done/join
import threading
import queue

N_PROD = 4
N_CONS = 3
PER = 250


def produce(q, pid, count):
    for i in range(count):
        q.put((pid, i))


def consume(q, out):
    seen = []
    while True:
        item = q.get()
        if item is None:
            break
        seen.append(item)
    out.put(seen)


work = queue.Queue(maxsize=8)
results = queue.Queue()
consumers = [threading.Thread(target=consume, args=(work, results)) for _ in range(N_CONS)]
producers = [threading.Thread(target=produce, args=(work, p, PER)) for p in range(N_PROD)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in range(N_CONS):
    work.put(None)
for t in consumers:
    t.join()
batches = [results.get_nowait() for _ in range(N_CONS)]
allitems = []
for b in batches:
    allitems.extend(b)
print(len(allitems), len(set(allitems)), results.empty(), work.empty())
print(sorted(allitems) == [(p, i) for p in range(N_PROD) for i in range(PER)])
print(sum(i for p, i in allitems), sorted(allitems)[:3], sorted(allitems)[-1])
for b in batches:
    for p in range(N_PROD):
        mine = [i for q_, i in b if q_ == p]
        if mine != sorted(mine):
            print("per-producer order broken")
print("order checked")


def square_worker(jobs, answers):
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            return
        answers.put((n, n * n))
        jobs.task_done()


jobs = queue.Queue()
answers = queue.Queue()
ws = [threading.Thread(target=square_worker, args=(jobs, answers), daemon=True) for _ in range(3)]
for w in ws:
    w.start()
for n in range(40):
    jobs.put(n)
jobs.join()
print(answers.qsize(), jobs.qsize(), jobs.empty())
pairs = sorted(answers.get() for _ in range(40))
print(pairs[:4], pairs[-1], sum(b for a, b in pairs))
for w in ws:
    jobs.put(None)
jobs.join()
for w in ws:
    w.join(5)
print([w.is_alive() for w in ws])
