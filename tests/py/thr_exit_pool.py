# leaving a `with ThreadPoolExecutor` block waits for pending work; a 1-worker pool prints in submission order
import time
from concurrent.futures import ThreadPoolExecutor


def job(i):
    time.sleep(0.01)
    print("job", i, "ran")
    return i * i


print("before pool")
with ThreadPoolExecutor(max_workers=1) as ex:
    futs = [ex.submit(job, i) for i in range(6)]
print("after pool", all(f.done() for f in futs), [f.result() for f in futs])
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(time.sleep, 0.02) for _ in range(6)]
print("second pool", [f.done() for f in futs], [f.result() for f in futs])
print("never shut down explicitly")
ex = ThreadPoolExecutor(max_workers=1)
last = [ex.submit(job, i) for i in (10, 11)]
