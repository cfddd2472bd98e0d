# The main thread rebinds a global that work handed to a pool reads.
from concurrent.futures import ThreadPoolExecutor

LIMIT = 10


def clip(x):
    return min(x, LIMIT)


with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(clip, [5, 50])))
LIMIT = 20
