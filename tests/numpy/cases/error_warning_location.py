import os
import warnings
import numpy as np

# NumPy's floating-point warnings name the script line that ran the
# operation: operators, in-place operators, ufunc calls, methods, code in
# functions, lambdas, generators and worker threads.


def normalise(x):
    std = x.std()
    return (x - x.mean()) / std


def gen():
    for k in range(2):
        yield np.array([float(k)]) / 0


class Scaler:
    def __init__(self, a):
        self.log = np.log(a)


def in_worker(i):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        np.array([float(i)]) / 0
    return [(os.path.basename(w.filename), w.lineno, str(w.message)) for w in caught]


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    normalise(np.zeros(3))
    np.log(np.array([0.0, 1.0]))
    b = np.sqrt(np.array([-1.0]))
    x = np.array([1.0])
    x /= 0
    c = np.array([1e308]) * 10
    d = np.float64(1.0) / 0
    e = -np.array([1.0]) / 0.0
    f = sorted([np.array([2.0]), np.array([1.0])], key=lambda v: float(np.log(v - 1)[0]))
    g = list(gen())
    h = Scaler(np.zeros(2)).log
    i = np.exp(np.array([1000.0], dtype=np.float32))
for w in caught:
    print(os.path.basename(w.filename), w.lineno, w.category.__name__, w.message)

from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(2) as pool:
    print(pool.submit(in_worker, 1).result())

# The default filter shows each place once: two lines, two warnings; a
# loop, one.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        np.array([1.0]) / 0
    np.array([1.0]) / 0
print([w.lineno for w in caught])
