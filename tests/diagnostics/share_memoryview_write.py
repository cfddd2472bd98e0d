# A bytearray shared with worker threads is frozen: a memoryview of it refuses writes too.
from concurrent.futures import ThreadPoolExecutor

BUF = bytearray(b'abcd')
view = memoryview(BUF)


def first(i):
    return BUF[i]


with ThreadPoolExecutor(2) as ex:
    print(ex.submit(first, 0).result())
print(view[1], view.tobytes())
view[0:2] = b'xy'
