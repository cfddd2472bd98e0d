"""Thread-scaling workload: NumPy image preprocessing (normalise + softmax).

Module mode: importing this file builds the read-only data once, at module
level: a 256x256x3 uint8 base pattern (BASE) and the per-channel mean and
std (float32 arrays). `work(i)` makes FRAMES images of 256x256x3 uint8
(196,608 elements each) from the pattern and i, and for each: scale to
[0, 1] as float32, subtract the mean and divide by the std (broadcast over
the channel axis), then a per-pixel softmax over the 3 channels (max with
keepdims, exp, sum with keepdims, as a segmentation head's output is
post-processed). It returns (pixels whose arg-max channel is 0, ... 1,
pixels whose top probability > 0.71, pixels whose channel-2 probability
> 0.38), summed over the frames. `work` reads the module-level arrays only:
it never writes a global, its argument or module data, so the module can be
frozen and shared read-only by every worker thread.

Script mode: python3 wl_numpy.py MODE THREADS TASKS
    MODE is serial, thread (ThreadPoolExecutor(THREADS).map(work, range(TASKS)))
    or process (ProcessPoolExecutor(THREADS), chunked). Prints one line:
    {"tasks": N, "seconds": S, "checksum": C}
    where S is time.perf_counter() around the map only and C combines every
    result in task order (the same for every mode and thread count).

Needs NumPy under CPython (`import numpy` at module level: the one import
before the script part). Deterministic: no np.random. The results are
counts: the arg-max is over logits computed by single float32 operations
(identical under any IEEE implementation), and the images depend on i only
through i % 256, for all of which the probabilities stay more than 1e-4 away
from the two thresholds, so a few ulps of difference in exp or in the order
of a sum cannot change a count.
"""

import numpy as np

# ---------------------------------------------------------------- module data

SIDE = 256
FRAMES = 3          # images per task: about 20-40 ms under CPython + NumPy
CONFIDENT = 0.71
MINOR = 0.38

_r = np.arange(SIDE).reshape(SIDE, 1, 1)
_c = np.arange(SIDE).reshape(1, SIDE, 1)
_ch = np.arange(3).reshape(1, 1, 3)
BASE = ((_r * (3 + 2 * _ch) + _c * (5 - 2 * _ch) + (_r * _c) % (41 + 6 * _ch)
         + (_r // 16 + _c // 16) % (3 + _ch) * 50) % 256).astype(np.uint8)

MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)


# ---------------------------------------------------------------- the work


def make_image(k):
    """SIDE x SIDE x 3 uint8 image number k (depends on k % 256 only),
    posterised to 16 levels per channel (8, 24, ..., 248)."""
    return (BASE + (k * 37) % 256) // 16 * 16 + 8     # uint8 arithmetic wraps mod 256


def normalise(img):
    x = img.astype(np.float32) / 255.0
    return (x - MEAN) / STD


def softmax(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    e = np.exp(x - m)
    return e / np.sum(e, axis=axis, keepdims=True)


def work(i):
    n0 = 0
    n1 = 0
    confident = 0
    minor = 0
    for f in range(FRAMES):
        x = normalise(make_image(i * FRAMES + f))
        p = softmax(x)
        cls = np.argmax(x, axis=-1)
        n0 += int(np.count_nonzero(cls == 0))
        n1 += int(np.count_nonzero(cls == 1))
        confident += int(np.count_nonzero(p.max(axis=-1) > CONFIDENT))
        minor += int(np.count_nonzero(p[:, :, 2] > MINOR))
    return (n0, n1, confident, minor)


# ---------------------------------------------------------------- script mode

if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, "wl_numpy.py"))
