# An uncaught exception in a Thread is reported on stderr; the program goes on.
import threading


def parse(text):
    return int(text)


t = threading.Thread(target=parse, args=("seven",))
t.start()
t.join()
print("main goes on")
