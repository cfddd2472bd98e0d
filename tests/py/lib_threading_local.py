import threading
import queue

ctx = threading.local()
ctx.request_id = "main-req"


class Session(threading.local):
    created = 0

    def __init__(self, prefix):
        self.prefix = prefix
        self.calls = []

    @property
    def label(self):
        return f"{self.prefix}:{len(self.calls)}"

    def call(self, x):
        self.calls.append(x)
        return f"{self.prefix}-{x}"


sess = Session("db")
sess.call(1)
sess.call(2)
results = queue.Queue()


def worker(n):
    had = hasattr(ctx, "request_id")
    ctx.request_id = f"req-{n}"
    out = [sess.call(n * 10 + i) for i in range(n)]
    results.put((n, had, ctx.request_id, sess.label, out, sorted(sess.__dict__)))


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
got = sorted(results.get() for _ in threads)
for g in got:
    print(g)
print(ctx.request_id, sess.label, sess.calls, ctx.__dict__, isinstance(sess, threading.local))
del ctx.request_id
print(hasattr(ctx, "request_id"), getattr(ctx, "request_id", "gone"))
try:
    ctx.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    del ctx.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(type(sess).__name__, Session.created, sess.__class__ is Session)
from concurrent.futures import ThreadPoolExecutor
_tls = threading.local()


class Client:
    def __init__(self):
        self.sent = 0

    def send(self, x):
        self.sent += 1
        return x * 2


def get_client():
    c = getattr(_tls, "client", None)
    if c is None:
        c = _tls.client = Client()
    return c


def task(x):
    c = get_client()
    return c.send(x), c.sent >= 1


with ThreadPoolExecutor(max_workers=3) as ex:
    out = list(ex.map(task, range(10)))
print(out)
print(hasattr(_tls, "client"))
print(get_client().send(5), _tls.client.sent)
print(repr(threading.local)[:30], type(_tls).__name__)
