# daemon threads do not keep the process alive: the daemon's late print never appears, the non-daemon's does
import threading
import time


def late(msg, delay):
    time.sleep(delay)
    print(msg)


d = threading.Thread(target=late, args=("daemon should not print", 1.0), daemon=True)
n = threading.Thread(target=late, args=("non-daemon printed", 0.05))
d.start()
n.start()
print("main end", d.daemon, n.daemon, d.is_alive())
