# A worker keeps a cache in a shared global dict: refused, with the worker's traceback.
from concurrent.futures import ThreadPoolExecutor

CACHE = {}


def slow_square(x):
    if x not in CACHE:
        CACHE[x] = x * x
    return CACHE[x]


with ThreadPoolExecutor(2) as ex:
    future = ex.submit(slow_square, 3)
    print(future.result())
