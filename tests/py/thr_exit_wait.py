# interpreter exit waits for a still-running non-daemon Thread, whose print appears after main's last line
import threading
import time


def late(msg, delay):
    time.sleep(delay)
    print(msg)


print("main start")
t = threading.Thread(target=late, args=("worker finished after main", 0.05))
t.start()
print("main end", t.is_alive(), t.daemon)
