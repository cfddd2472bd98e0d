# Image.open on PNG, BMP and JPEG files: mode, size, format and pixels.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


for name in ["rgb.png", "gray.png", "rgba.png", "palette.png", "palette_alpha.png",
             "rgb.bmp", "gray.bmp", "palette.bmp", "smooth.jpg", "smooth_gray.jpg", "rgb.jpg"]:
    im = Image.open("../inputs/" + name)
    print(name, im.mode, im.size, im.width, im.height, im.format, im.getbands())
    if name.endswith(".png"):
        print("  transparency", im.info.get("transparency"))
    # JPEG: the chroma upsampling of taipan's decoder differs from
    # libjpeg-turbo's at sharp colour edges; grey JPEGs decode exactly.
    tol = {"smooth.jpg": 3, "rgb.jpg": 12}.get(name, 0)
    dump(name.replace(".", "_"), np.asarray(im), tol)
    a = np.array(im)
    print("  array", a.shape, a.dtype, a.flags.writeable, np.asarray(im).flags.writeable)
    print("  pixel", im.getpixel((3, 2)) if not name.endswith(".jpg") else "jpeg")

with Image.open("../inputs/rgb.png") as im:
    print(im.mode, im.size)
f = open("../inputs/gray.png", "rb")
im = Image.open(f)
print(im.mode, im.size, im.format)
f.close()
