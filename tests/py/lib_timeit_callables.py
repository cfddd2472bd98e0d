import timeit
import gc


def tokenize(text):
    return text.split()


text = "the quick brown fox " * 50
calls = []
t = timeit.timeit(lambda: tokenize(text), number=200)
print(type(t).__name__, t >= 0)
runs = timeit.repeat(lambda: calls.append(1), repeat=3, number=10)
print(len(runs), all(r >= 0 for r in runs), len(calls))
setup_calls = []
timer = timeit.Timer(stmt=lambda: None, setup=lambda: setup_calls.append(1))
timer.timeit(5)
timer.repeat(2, 3)
print(len(setup_calls))
seen = []
number, taken = timeit.Timer(lambda: sum(range(2000))).autorange(lambda n, s: seen.append(n))
print(number == seen[-1], taken >= 0.2, seen[:3])
import time
print(timeit.default_timer is time.perf_counter)
fake = iter([10.0, 10.5, 20.0, 21.25])
print(timeit.timeit(lambda: None, timer=lambda: next(fake), number=3), timeit.Timer(timer=lambda: next(fake)).timeit(1))
print(timeit.timeit("pass", number=10) >= 0, timeit.timeit(number=5) >= 0)
try:
    timeit.timeit(42)
except ValueError as e:
    print("ValueError:", e)
gc.enable()
timeit.timeit(lambda: None, number=3)
print(gc.isenabled())
