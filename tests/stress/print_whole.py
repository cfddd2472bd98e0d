# Many workers print long lines at once: every line must come out whole.
from concurrent.futures import ThreadPoolExecutor


def shout(k):
    for i in range(300):
        print(("%d-%d:" % (k, i)) + "x" * 200, "end")
    return k


with ThreadPoolExecutor(8) as ex:
    print(sum(ex.map(shout, range(8))))
