# A module-level array that workers read is frozen in place: writing it
# afterwards, through any view of it, raises the contract's error.
import numpy as np
from concurrent.futures import ThreadPoolExecutor

TABLE = np.arange(6, dtype=np.float32).reshape(2, 3)
row = TABLE[1]


def lookup(i):
    return float(TABLE[i // 3, i % 3])


with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lookup, range(6))))
print(TABLE.copy() * 2)
row[0] = -1.0
