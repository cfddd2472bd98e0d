# memoryviews and worker threads, within the concurrency contract: views
# handed to workers as arguments, a view the work reads from module
# globals, and views returned as results.
import struct
from concurrent.futures import ThreadPoolExecutor

RECORDS = bytearray(struct.pack("<8H", *range(100, 108)))
TABLE = memoryview(bytes(range(16))).cast("I")


def total(view):
    return sum(view.cast("H").tolist())


def table_item(i):
    return TABLE[i], TABLE[i:i + 2].tolist(), TABLE.readonly


def parse(view):
    # Slices of an argument are views too; nothing is written.
    return struct.unpack_from("<H", view, 2)[0], bytes(view[:2]), len(view)


def make_view(n):
    buf = bytearray(range(n))
    view = memoryview(buf)[1:]
    view[0] = 40 + n
    return view


with ThreadPoolExecutor(max_workers=2) as pool:
    views = [memoryview(RECORDS)[i * 4:(i + 1) * 4] for i in range(4)]
    print(list(pool.map(total, views)))
    print(list(pool.map(table_item, range(3))))
    print(list(pool.map(parse, views)))
    back = list(pool.map(make_view, [3, 5]))
    print([(v.tolist(), v.readonly, type(v).__name__, v.obj) for v in back])
    # A returned view is an ordinary one: writable, and its bytearray
    # cannot be resized while it exists.
    back[0][0] = 99
    print(back[0].obj)
    try:
        back[0].obj.append(1)
    except BufferError as e:
        print("BufferError", e)

# The caller's objects are untouched and still writable.
views[0][0] = 7
print(RECORDS[:4], TABLE.tolist()[:2])
