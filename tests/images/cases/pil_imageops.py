# PIL.ImageOps (contain, cover, pad, scale, expand, crop, mirror, flip,
# grayscale, invert, exif_transpose), Image.paste (images, colors, masks)
# and Image.thumbnail, on files of every mode.
import sys
import numpy as np
from PIL import Image, ImageOps

OUT = sys.argv[1]


def dump(label, im, tol=0):
    arr = np.asarray(im)
    np.save("%s/%s.tol%d.npy" % (OUT, label, tol), arr)
    print(label, im.size, im.mode, arr.dtype)


for name in ["rgb.png", "gray.png", "rgba.png"]:
    im = Image.open("../inputs/" + name)
    stem = name[:-4]
    fill = 114 if im.mode == "L" else (114, 114, 114)
    for size in [(64, 64), (24, 40), (100, 16)]:
        for method in [Image.NEAREST, Image.BILINEAR, Image.BICUBIC]:
            tag = "%s_%dx%d_m%d" % (stem, size[0], size[1], method)
            dump(tag + "_pad", ImageOps.pad(im, size, method=method, color=fill))
            dump(tag + "_contain", ImageOps.contain(im, size, method))
            dump(tag + "_cover", ImageOps.cover(im, size, method))
    dump(stem + "_pad_corner", ImageOps.pad(im, (50, 50), color=fill, centering=(0, 1)))
    dump(stem + "_expand", ImageOps.expand(im, border=(2, 3), fill=fill))
    dump(stem + "_expand4", ImageOps.expand(im, border=(1, 2, 3, 4)))
    dump(stem + "_crop", ImageOps.crop(im, 3))
    dump(stem + "_mirror", ImageOps.mirror(im))
    dump(stem + "_flip", ImageOps.flip(im))
    dump(stem + "_gray", ImageOps.grayscale(im))
    dump(stem + "_half", ImageOps.scale(im, 0.5))
    dump(stem + "_exif", ImageOps.exif_transpose(im))
    print(stem, ImageOps.exif_transpose(im, in_place=True))
    if im.mode in ("L", "RGB"):
        dump(stem + "_invert", ImageOps.invert(im))
    else:
        try:
            ImageOps.invert(im)
        except OSError as e:
            print(stem, "invert:", e)

    canvas = Image.new(im.mode, (70, 50), fill if im.mode != "RGBA" else (10, 20, 30, 255))
    canvas.paste(im.crop((0, 0, 20, 10)), (5, 6))
    canvas.paste(im.crop((0, 0, 30, 30)), (55, 40))
    canvas.paste(im.crop((0, 0, 30, 30)), (-10, -20))
    canvas.paste(200 if im.mode == "L" else (255, 0, 0), (0, 0, 4, 4))
    mask = Image.fromarray((np.arange(200).reshape(10, 20) * 5 % 256).astype(np.uint8))
    canvas.paste(im.crop((10, 10, 30, 20)), (40, 20), mask)
    dump(stem + "_paste", canvas)

    for tsize in [(30, 30), (59, 100), (100, 100), (31, 17)]:
        t = im.copy()
        t.thumbnail(tsize)
        dump("%s_thumb_%d_%d" % (stem, tsize[0], tsize[1]), t)
    t = im.copy()
    t.thumbnail((10, 10), reducing_gap=None)
    dump(stem + "_thumb_small", t)
