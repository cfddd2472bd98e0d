"""ImageNet-style preprocessing with Pillow and NumPy: open, resize the
shorter side to 256 (bilinear), centre-crop 224x224, scale to float32 in
[0, 1], normalise with the ImageNet mean/std, HWC -> CHW, and batch.

    taipan run examples/imagenet_preprocess.py [IMAGE...]
    python3 examples/imagenet_preprocess.py [IMAGE...]   # needs Pillow; same output
    taipan map examples/imagenet_preprocess.py:summary examples/data/*.jpg --threads 2

The printed statistics are rounded so that JPEG decoders differing by a
few units in some pixels (taipan's chroma upsampling is not bit-exact
with libjpeg-turbo's) print the same text.
"""

import sys

import numpy as np
from PIL import Image

MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)
RESIZE = 256
CROP = 224


def preprocess(path):
    """The image at `path` as a normalised float32 (3, 224, 224) array."""
    img = Image.open(path).convert("RGB")
    w, h = img.size
    scale = RESIZE / min(w, h)
    size = (max(RESIZE, int(round(w * scale))), max(RESIZE, int(round(h * scale))))
    img = img.resize(size, Image.BILINEAR)
    left = (size[0] - CROP) // 2
    top = (size[1] - CROP) // 2
    img = img.crop((left, top, left + CROP, top + CROP))
    x = np.asarray(img, dtype=np.float32) / 255.0
    x = (x - MEAN) / STD
    return np.ascontiguousarray(x.transpose(2, 0, 1))


def describe(x):
    """Shape, dtype and rounded per-channel statistics of a CHW array."""
    means = [round(float(m), 1) for m in x.mean(axis=(1, 2))]
    return "%s %s mean=%s std=%.2f" % (x.shape, x.dtype, means, float(x.std()))


def summary(path):
    """One line about one image (the function for `taipan map`)."""
    return "%s: %s" % (path.rsplit("/", 1)[-1], describe(preprocess(path)))


def main(paths):
    batch = np.stack([preprocess(p) for p in paths])
    print("batch", batch.shape, batch.dtype)
    for p, x in zip(paths, batch):
        print(" ", p.rsplit("/", 1)[-1], describe(x))
    print("batch mean %.1f" % float(batch.mean()))


if __name__ == "__main__":
    here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
    main(sys.argv[1:] or [here + "/data/cat.jpg", here + "/data/tall.jpg"])
