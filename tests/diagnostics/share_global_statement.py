# A worker rebinds a module global with a `global` statement.
from concurrent.futures import ThreadPoolExecutor

processed = 0


def count(x):
    global processed
    processed += 1
    return x


with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(count, range(3))))
