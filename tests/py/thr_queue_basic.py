# queue.Queue/LifoQueue/SimpleQueue single-threaded semantics: FIFO/LIFO order, maxsize, Empty/Full, timeouts
import queue

q = queue.Queue()
print(q.empty(), q.full(), q.qsize())
for item in [1, "two", (3, 4), [5], None, {"k": 6}]:
    q.put(item)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(6)])
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait:", type(e).__name__)
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("get timeout:", type(e).__name__)
try:
    q.get(block=False)
except queue.Empty as e:
    print("get block=False:", type(e).__name__, isinstance(e, Exception))

b = queue.Queue(maxsize=2)
b.put_nowait("a")
b.put("b", block=False)
print(b.full(), b.qsize(), b.maxsize)
try:
    b.put_nowait("c")
except queue.Full as e:
    print("put_nowait:", type(e).__name__)
try:
    b.put("c", timeout=0.01)
except queue.Full as e:
    print("put timeout:", type(e).__name__)
try:
    b.put("c", False)
except queue.Full as e:
    print("put False:", type(e).__name__)
print(b.get_nowait(), b.full())
b.put("c", True, 1)
print(b.get(), b.get(True, 1), b.empty())

lifo = queue.LifoQueue()
for i in range(5):
    lifo.put(i * i)
print(lifo.qsize(), [lifo.get() for _ in range(5)], lifo.empty())
lifo2 = queue.LifoQueue(maxsize=1)
lifo2.put("x")
try:
    lifo2.put_nowait("y")
except queue.Full:
    print("lifo full")
print(lifo2.get_nowait())

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put("first")
sq.put_nowait("second")
sq.put(3, block=True, timeout=None)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("simple empty")

t = queue.Queue()
for w in ["x", "y", "z"]:
    t.put(w)
while not t.empty():
    t.get()
    t.task_done()
t.join()
print("joined")
try:
    t.task_done()
except ValueError as e:
    print("task_done:", type(e).__name__)
print(queue.Queue(0).full(), queue.Queue(maxsize=-1).full())
