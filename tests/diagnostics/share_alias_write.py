# Freezing is in place: a write through another name for a shared dict raises too.
from concurrent.futures import ThreadPoolExecutor

CFG = {"scale": 2}
settings = CFG


def scale(x):
    return x * CFG["scale"]


with ThreadPoolExecutor(2) as ex:
    print(ex.submit(scale, 21).result())
settings["k"] = 1
