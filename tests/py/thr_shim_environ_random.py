# Workers see os.environ as it was when their pool (or thread) started,
# and a worker's random generator works (taipan seeds it from the main
# thread's; tests/thread_model.rs checks that the draws repeat).
import os
import queue
import random
import threading
from concurrent.futures import ThreadPoolExecutor

os.environ["TAIPAN_TEST_VAR"] = "set in main"
os.environ.pop("HOME", None)


def look(_):
    import os
    return os.environ.get("TAIPAN_TEST_VAR"), "HOME" in os.environ, os.getenv("TAIPAN_TEST_VAR")


with ThreadPoolExecutor(2) as ex:
    print(ex.submit(look, 0).result())

results = queue.Queue()
t = threading.Thread(target=lambda: results.put(look(0)))
t.start()
t.join()
print(results.get())


def draw(_):
    import random
    return 0.0 <= random.random() < 1.0


random.seed(1234)
with ThreadPoolExecutor(1) as ex:
    print(list(ex.map(draw, range(3))))
