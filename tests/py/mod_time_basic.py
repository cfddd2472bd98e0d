import time
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.02)
t1 = time.time()
p1 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__)
print(t1 >= t0, p1 > p0, p1 - p0 >= 0.01, p1 - p0 < 30)
print(t0 > 1.6e9)
time.sleep(0)
total = 0
start = time.perf_counter()
for i in range(10000):
    total += i
print(total, time.perf_counter() - start >= 0)
