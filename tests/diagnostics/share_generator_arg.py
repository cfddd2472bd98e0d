# A generator cannot cross to another thread: it is refused at submit.
from concurrent.futures import ThreadPoolExecutor


def total(items):
    return sum(items)


with ThreadPoolExecutor(2) as ex:
    print(ex.submit(total, (i for i in range(3))).result())
