"""NumPy workload (a): normalise an image for a classifier.

A 224x224x3 uint8 image (HWC, as decoded) becomes float32 CHW with the
ImageNet mean/std: scale to [0, 1], subtract the per-channel mean, divide by
the per-channel std (both broadcast over the last axis), transpose to CHW and
make it contiguous, as torchvision-free preprocessing code does.

    python3 wl_normalize.py REPS [WORKERS]
    taipan run wl_normalize.py REPS [WORKERS]

Prints {"reps": R, "workers": W, "seconds": S, "checksum": C}; see driver.py.
"""

import numpy as np

H, W = 224, 224
MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)

# A deterministic test card: gradients plus a pattern, wrapped into 0..255.
_r = np.arange(H).reshape(H, 1, 1)
_c = np.arange(W).reshape(1, W, 1)
_ch = np.arange(3).reshape(1, 1, 3)
IMAGE = ((_r * 3 + _c * 5 + _ch * 85 + (_r * _c) % 37) % 256).astype(np.uint8)


def preprocess(img):
    x = img.astype(np.float32) / 255.0
    x = (x - MEAN) / STD
    return np.ascontiguousarray(x.transpose(2, 0, 1))


def work():
    return preprocess(IMAGE)


def checksum(out):
    assert out.shape == (3, H, W) and out.dtype == np.float32
    return round(float(out.astype(np.float64).sum()), 3)


if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, checksum, "wl_normalize.py"))
