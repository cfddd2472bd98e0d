# Segmentation masks saved as palette PNGs: Image.fromarray(mask,
# mode="P") (an empty palette, as Pillow), putpalette (short palettes,
# L images become P), save/reopen and convert back, and L -> P.
import io
import sys
import warnings
import numpy as np
from PIL import Image

OUT = sys.argv[1]
warnings.simplefilter("ignore")


def dump(label, arr):
    np.save("%s/%s.tol0.npy" % (OUT, label), arr)
    print(label, arr.shape, arr.dtype, int(arr.astype(np.int64).sum()))


y, x = np.mgrid[0:12, 0:17]
mask = ((x // 4 + y // 3) % 6).astype(np.uint8)
voc = []
for i in range(256):
    r = g = b = 0
    c = i
    for j in range(8):
        r |= ((c >> 0) & 1) << (7 - j)
        g |= ((c >> 1) & 1) << (7 - j)
        b |= ((c >> 2) & 1) << (7 - j)
        c >>= 3
    voc += [r, g, b]
im = Image.fromarray(mask, mode="P")
print(im.mode, im.size, im.getpalette())
dump("empty_rgb", np.asarray(im.convert("RGB")))
im.putpalette(voc)
print(len(im.getpalette()), im.getpalette()[:12])
dump("voc_rgb", np.asarray(im.convert("RGB")))
dump("voc_rgba", np.asarray(im.convert("RGBA")))
dump("voc_l", np.asarray(im.convert("L")))
buf = io.BytesIO()
im.save(buf, format="PNG")
buf.seek(0)
back = Image.open(buf)
print(back.mode, back.size, len(back.getpalette()))
dump("reopened", np.asarray(back))
dump("reopened_rgb", np.asarray(back.convert("RGB")))
short = Image.fromarray(mask, mode="P")
short.putpalette(bytes(range(12)))
print(len(short.getpalette()))
dump("short_rgb", np.asarray(short.convert("RGB")))
grey = Image.fromarray(mask * 40)
grey.putpalette([0, 0, 0, 255, 0, 0] * 128)
print(grey.mode, len(grey.getpalette()))
dump("l_putpalette_rgb", np.asarray(grey.convert("RGB")))
p = Image.fromarray(mask * 40).convert("P")
print(p.mode, len(p.getpalette()))
dump("l_to_p", np.asarray(p))
dump("l_to_p_rgb", np.asarray(p.convert("RGB")))
dump("nearest", np.asarray(im.resize((34, 24), Image.NEAREST)))
for color in [0, 5, None]:
    blank = Image.new("P", (7, 4), color)
    print(blank.mode, blank.size, blank.getpalette())
    blank.putpalette(voc)
    blank.paste(im.crop((0, 0, 4, 3)), (2, 1))
    dump("new_p_%s" % color, np.asarray(blank))
    dump("new_p_rgb_%s" % color, np.asarray(blank.convert("RGB")))
