# Images shared with worker threads (a module global) and made by them.
import sys
from concurrent.futures import ThreadPoolExecutor
import numpy as np
from PIL import Image

OUT = sys.argv[1]
BASE = Image.open("../inputs/rgb.png")
BASE.load()  # Pillow loads lazily, and its lazy load is not thread-safe


def work(i):
    small = BASE.resize((10 + i, 8), Image.BILINEAR).convert("L")
    return small, int(np.asarray(small).sum()), BASE.crop((i, i, i + 5, i + 5)).getpixel((0, 0))


with ThreadPoolExecutor(max_workers=3) as ex:
    results = list(ex.map(work, range(6)))
for i, (im, total, pixel) in enumerate(results):
    print(im.mode, im.size, total, pixel)
    np.save("%s/small_%d.tol1.npy" % (OUT, i), np.asarray(im))
print(BASE.size, BASE.mode, BASE.format)
