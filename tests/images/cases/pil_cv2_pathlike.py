# PIL.Image.open/save and cv2.imread/imwrite take an os.PathLike too.
import pathlib
import sys

import cv2
import numpy as np
from PIL import Image

OUT = pathlib.Path(sys.argv[1])
INPUTS = pathlib.Path("../inputs")

im = Image.open(INPUTS / "rgb.png")
print(im.mode, im.size, im.format, im.filename == str(INPUTS / "rgb.png"), type(im.filename).__name__)
for ext in ["png", "bmp", "jpg"]:
    path = OUT / ("rgb_out." + ext)
    im.save(path)
    back = Image.open(path)
    print(ext, back.format, back.size, back.filename == str(path))
    if ext != "jpg":
        print("  same pixels", np.array_equal(np.asarray(back), np.asarray(im)))
try:
    Image.open(INPUTS / "not_an_image.png")
except Exception as e:
    print(type(e).__name__, e)
try:
    Image.open(OUT / "missing.png")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename == str(OUT / "missing.png"))
try:
    im.save(OUT / "noext")
except ValueError as e:
    print("ValueError", e)
a = cv2.imread(INPUTS / "rgb.png")
print(a.shape, a.dtype)
print(cv2.imwrite(OUT / "cv_out.png", a))
b = cv2.imread(OUT / "cv_out.png", cv2.IMREAD_GRAYSCALE)
print(b.shape, np.array_equal(cv2.imread(str(OUT / "cv_out.png")), a))
print(cv2.imread(OUT / "missing.png"))
try:
    cv2.imwrite(OUT / "noext", a)
except cv2.error as e:
    print("cv2.error")
