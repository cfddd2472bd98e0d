# 100,000 tasks, each with fresh arguments and a fresh closure: the
# process's memory after the last must stay near its level after the first
# 1,000 (per-task copies die with their task; nothing piles up frozen).
from concurrent.futures import ThreadPoolExecutor


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


VOCAB = {}
for i in range(30000):
    VOCAB["w%d" % i] = i


def make_task(k):
    offset = k % 7

    def task(words, scale=1):
        return [(VOCAB.get(w, -1) + offset) * scale for w in words]

    return task


total = 0
with ThreadPoolExecutor(4) as ex:
    for batch in range(100):
        futures = []
        for k in range(batch * 1000, batch * 1000 + 1000):
            words = ["w%d" % (k % 30000), "w%d" % ((k * 7) % 30000), "zz"]
            futures.append(ex.submit(make_task(k), words, scale=2))
        for f in futures:
            total += sum(f.result())
        if batch == 0:
            first = rss_kb()
    last = rss_kb()
print(total)
print(first, last)
