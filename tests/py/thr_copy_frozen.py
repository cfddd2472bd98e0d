# copy.deepcopy of a shared (frozen) instance inside workers gives private mutable copies
import copy
from concurrent.futures import ThreadPoolExecutor
class P:
    def __init__(self, x): self.x = [x]
BASE = P(1)
def work(k):
    c = copy.deepcopy(BASE)
    c.x.append(k)
    return c.x
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(work, [2, 3])))
