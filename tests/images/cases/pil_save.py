# save as PNG, BMP (lossless: exact round trips) and JPEG.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


for name in ["rgb.png", "gray.png", "rgba.png", "palette.png"]:
    im = Image.open("../inputs/" + name)
    stem = name[:-4]
    for ext in ["png", "bmp", "jpg"]:
        path = "%s/%s_out.%s" % (OUT, stem, ext)
        try:
            im.save(path)
        except OSError as e:
            print(stem, ext, "OSError")
            continue
        back = Image.open(path)
        print(stem, ext, back.mode, back.size, back.format)
        if ext != "jpg":
            print("  same pixels", np.array_equal(np.asarray(back), np.asarray(im)))
im = Image.open("../inputs/rgb.png")
im.save(OUT + "/q.jpeg", quality=95)
print(Image.open(OUT + "/q.jpeg").format)
im.save(OUT + "/noext", format="PNG")
print(Image.open(OUT + "/noext").format)
im.resize((12, 9), Image.BILINEAR).convert("L").save(OUT + "/small.png")
back = Image.open(OUT + "/small.png")
dump("small_roundtrip", np.asarray(back), 1)
