# subclassing threading.Thread: overridden run() reports through a queue, super().__init__ args, default run with target
import threading
import queue

RESULTS = queue.Queue()


class Summer(threading.Thread):
    def __init__(self, numbers, label):
        super().__init__(name="summer-" + label)
        self.numbers = numbers
        self.label = label

    def run(self):
        total = 0
        for n in self.numbers:
            total += n
        RESULTS.put((self.label, total, threading.current_thread().name, self.name))


class Echo(threading.Thread):
    def __init__(self, out, words):
        super().__init__(daemon=False)
        self.out = out
        self.words = words

    def run(self):
        for w in self.words:
            self.out.put(w.upper())
        self.out.put(None)


class Plain(threading.Thread):
    pass


def via_target(out, x, y=0):
    out.put(x * 10 + y)


workers = [Summer(list(range(k * 10)), "L" + str(k)) for k in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(RESULTS.get() for _ in workers))
print(isinstance(workers[0], threading.Thread), workers[0].is_alive(), RESULTS.empty())

q = queue.Queue()
e = Echo(q, ["alpha", "beta", "gamma"])
e.start()
seen = []
while True:
    item = q.get(timeout=5)
    if item is None:
        break
    seen.append(item)
e.join()
print(seen, e.daemon)

p = Plain(target=via_target, args=(q, 4), kwargs={"y": 2}, name="plain")
p.start()
p.join()
print(p.name, q.get(), type(p).__name__, isinstance(p, threading.Thread))
direct = Summer([1, 2, 3], "direct")
direct.run()
print(RESULTS.get_nowait(), direct.is_alive())
