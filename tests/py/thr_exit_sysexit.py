# sys.exit(3) in main still waits for a running non-daemon Thread; exit status is 3
import sys
import threading
import time
import queue


def late(out):
    time.sleep(0.05)
    print("worker done", out.get_nowait())


q = queue.Queue()
q.put("payload")
t = threading.Thread(target=late, args=(q,), name="late")
t.start()
print("main exiting")
sys.exit(3)
