# convert between L, RGB, RGBA and from P: Pillow's luma and palette rules.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


for name in ["rgb.png", "gray.png", "rgba.png", "palette.png", "palette_alpha.png", "palette.bmp",
             "rgb_key.png", "gray_key.png"]:
    im = Image.open("../inputs/" + name)
    print(name, "transparency", im.info.get("transparency"))
    for mode in ["L", "RGB", "RGBA"]:
        out = im.convert(mode)
        print(name, im.mode, "->", out.mode, out.size, out.format)
        dump(name.replace(".", "_") + "_" + mode, np.asarray(out))

# Every RGB triple's luma, from a grid covering the corners of the cube.
v = np.array([0, 1, 2, 127, 128, 129, 254, 255], dtype=np.uint8)
grid = np.stack(np.meshgrid(v, v, v, indexing="ij"), axis=-1).reshape(64, 8, 3)
dump("luma_grid", np.asarray(Image.fromarray(grid).convert("L")))
print(Image.open("../inputs/palette.png").convert().mode)
print(Image.open("../inputs/rgb.png").convert().mode)
