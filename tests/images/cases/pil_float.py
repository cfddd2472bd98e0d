# mode F: fromarray of float arrays, asarray, convert to and from F,
# getpixel/getextrema, crop, rotate and new.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


vals = np.array([[0.5, 1.5, 2.5, -0.5], [255.5, 254.49, 300.0, -7.25], [3.0, 1e9, 0.1, 128.9]])
for dt in (np.float32, np.float64):
    f = Image.fromarray(vals.astype(dt))
    print(f.mode, f.size, f.getbands(), f.getextrema(), f.getpixel((1, 1)), f.getpixel((3, 2)))
    dump("f_" + np.dtype(dt).name, np.asarray(f))
    dump("f_to_l_" + np.dtype(dt).name, np.asarray(f.convert("L")))
dump("f_to_rgb", np.asarray(f.convert("RGB")))
dump("f_to_rgba", np.asarray(f.convert("RGBA")))
for name in ["rgb.png", "gray.png", "rgba.png", "palette.png"]:
    im = Image.open("../inputs/" + name)
    f = im.convert("F")
    print(name, f.mode, f.getextrema())
    dump(name[:-4] + "_f", np.asarray(f))
    dump(name[:-4] + "_f_back", np.asarray(f.convert("L")))
g = Image.open("../inputs/gray.png").convert("F")
dump("f_crop", np.asarray(g.crop((-2, -3, 10, 8))))
dump("f_rot_near", np.asarray(g.rotate(31)))
dump("f_rot_lin", np.asarray(g.rotate(31, Image.BILINEAR, expand=True)))
dump("f_rot_cub", np.asarray(g.rotate(-70, Image.BICUBIC, fillcolor=-1.5)))
dump("f_new", np.asarray(Image.new("F", (3, 2), 2.25)))
dump("f_tp", np.asarray(g.transpose(Image.ROTATE_90)))
print(Image.merge("F", [g]).mode, g.tobytes()[:16])
try:
    Image.fromarray(np.zeros((2, 2, 3), np.float32))
except TypeError as e:
    print("TypeError", e)
