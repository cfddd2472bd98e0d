# an uncaught exception in main: traceback, exit status 1, yet a running non-daemon Thread still finishes and prints
import threading
import time


def late():
    time.sleep(0.05)
    print("worker still printed")


t = threading.Thread(target=late)
t.start()
print("main about to fail")
raise ValueError("main failed")
