# A worker mutates its argument: arguments arrive as read-only copies.
from concurrent.futures import ThreadPoolExecutor


def normalise(values):
    values.sort()
    return values


with ThreadPoolExecutor(2) as ex:
    print(ex.submit(normalise, [3, 1, 2]).result())
