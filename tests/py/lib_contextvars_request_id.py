import contextvars
import logging
import sys
import threading
from contextvars import ContextVar, copy_context

request_id: ContextVar[str] = ContextVar("request_id", default="-")
user = ContextVar("user")


class ReqFilter(logging.Filter):
    def filter(self, record):
        record.rid = request_id.get()
        return True


h = logging.StreamHandler(sys.stdout)
h.addFilter(ReqFilter())
h.setFormatter(logging.Formatter("[%(rid)s] %(message)s"))
log = logging.getLogger("ctx")
log.addHandler(h)
log.setLevel(logging.INFO)
log.propagate = False


def handle(rid, name):
    token = request_id.set(rid)
    user.set(name)
    try:
        log.info("handling for %s", user.get())
        return request_id.get(), user.get()
    finally:
        request_id.reset(token)


print(handle("r1", "ann"), request_id.get(), user.get("nobody"))
try:
    ContextVar("fresh").get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
ctx = copy_context()
print(ctx.run(handle, "r2", "bob"), request_id.get(), ctx[user], user in ctx, request_id in ctx, len(ctx) >= 1)
inner = contextvars.Context()
print(inner.run(lambda: (request_id.get(), user.get("none"))), len(inner))
inner.run(user.set, "carol")
print(inner[user], user.get(), inner.get(request_id, "absent"))
t1 = request_id.set("outer")
t2 = request_id.set("outer2")
print(t2.old_value, t1.old_value is contextvars.Token.MISSING, t2.var is request_id)
request_id.reset(t2)
print(request_id.get())
for bad in (lambda: request_id.reset(t2), lambda: user.reset(t1), lambda: ctx.run(ctx.run, print)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0].replace("<Token used", "<Token"))
request_id.reset(t1)
print(request_id.get(), repr(request_id).split(" at ")[0], request_id.name)
import queue
seen = queue.Queue()


def worker():
    val = request_id.get()
    request_id.set("in-thread")
    seen.put((val, request_id.get()))


request_id.set("main")
th = threading.Thread(target=worker)
th.start()
th.join()
print(seen.get(), request_id.get())
print(sorted(v.name for v in copy_context().keys()))
