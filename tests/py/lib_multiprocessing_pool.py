import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail_on_three(x):
    if x == 3:
        raise KeyError(x)
    return x


print(mp.cpu_count() >= 1)
with mp.Pool(4) as pool:
    print(pool.map(square, range(10)))
    print(pool.map(square, []), pool.map(square, (x for x in range(3))))
    print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
    print(list(pool.imap(square, range(6))))
    print(sorted(pool.imap_unordered(square, range(6))))
    r = pool.apply_async(add, (1, 2))
    print(r.get(), r.ready(), r.successful())
    print(pool.apply(add, (5,), {"b": 6}))
    print(pool.map_async(square, [1, 2, 3]).get(timeout=30))
    print(pool.starmap_async(add, [(1, 1), (2, 2)]).get())
    try:
        pool.map(fail_on_three, range(6))
    except KeyError as e:
        print("KeyError", e)
    r = pool.apply_async(fail_on_three, (3,))
    try:
        r.get()
    except KeyError as e:
        print("KeyError", e, r.successful())

results = []
errors = []
pool = mp.Pool(processes=2)
for i in range(6):
    pool.apply_async(fail_on_three, (i,), callback=results.append,
                     error_callback=lambda e: errors.append(repr(e)))
pool.map_async(square, [7, 8], callback=results.append)
pool.close()
try:
    pool.apply_async(square, (1,))
except ValueError as e:
    print("ValueError", e)
pool.join()
print(sorted(map(str, results)), errors)

pool = mp.Pool(1)
try:
    pool.join()
except ValueError as e:
    print("ValueError", e)
pool.close()
pool.join()
try:
    mp.Pool(0)
except ValueError as e:
    print("ValueError", e)
print(issubclass(mp.TimeoutError, mp.ProcessError), issubclass(mp.ProcessError, Exception))
