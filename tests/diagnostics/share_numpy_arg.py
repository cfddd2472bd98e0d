# An array handed to a worker arrives as a read-only copy: writing into it
# (or into a view of it) raises, and the caller's array is untouched.
import numpy as np
from concurrent.futures import ThreadPoolExecutor


def clamp_in_place(a):
    view = a[1:]
    view[view > 2] = 2
    return a


img = np.arange(5)
with ThreadPoolExecutor(2) as ex:
    fut = ex.submit(clamp_in_place, img)
    print(img)
    fut.result()
