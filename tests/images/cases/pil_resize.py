# resize with every filter, shrinking, enlarging and both, on L/RGB/RGBA/P.
import sys
import numpy as np
from PIL import Image

OUT = sys.argv[1]


def dump(label, arr, tol=0):
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, arr.shape, arr.dtype)


filters = [("nearest", Image.NEAREST), ("bilinear", Image.BILINEAR), ("bicubic", Image.BICUBIC),
           ("lanczos", Image.LANCZOS), ("box", Image.BOX), ("hamming", Image.HAMMING)]
sizes = [(13, 9), (47, 37), (7, 45), (40, 3), (1, 1)]
for name in ["rgb.png", "gray.png", "rgba.png", "palette.png"]:
    im = Image.open("../inputs/" + name)
    for fname, f in filters:
        for w, h in sizes:
            out = im.resize((w, h), f)
            tol = 0 if f == Image.NEAREST or im.mode == "P" else 1
            dump("%s_%s_%dx%d" % (name[:-4], fname, w, h), np.asarray(out), tol)

im = Image.open("../inputs/rgb.png")
dump("default", np.asarray(im.resize((17, 11))), 1)
dump("enum_bilinear", np.asarray(im.resize((17, 11), resample=Image.Resampling.BILINEAR)), 1)
dump("list_size", np.asarray(im.resize([21, 25], Image.Resampling.LANCZOS)), 1)
same = im.resize(im.size)
print(same.size, same.mode, same.format, np.array_equal(np.asarray(same), np.asarray(im)))
print(Image.BILINEAR, Image.Resampling.BICUBIC == 3, int(Image.Resampling.LANCZOS))
