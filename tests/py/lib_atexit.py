# atexit: functions run when the script ends, last registered first, after
# sys.exit; one that raises is reported and the others still run.
import atexit
import sys

totals = {"batches": 0, "items": 0}


@atexit.register
def summary():
    print("summary:", sorted(totals.items()))


def close(name, *, force=False):
    print("close", name, force)


def broken():
    raise RuntimeError("cleanup failed")


atexit.register(close, "reader")
atexit.register(broken)
atexit.register(close, "writer", force=True)
atexit.register(print, "unregistered, never printed")
atexit.unregister(print)
try:
    atexit.register("not callable")
except TypeError as e:
    print("TypeError:", e)
print(atexit.register(len) is len)
atexit.unregister(len)
for batch in ([1, 2], [3], [4, 5, 6]):
    totals["batches"] += 1
    totals["items"] += len(batch)
print("main done")
sys.exit(3)
