# Image.getdata (all bands, one band), putpixel, putdata (scale, offset).
from PIL import Image
import numpy as np
im = Image.open("../inputs/rgb.png")
g = im.convert("L")
d = im.getdata(); print(type(d).__name__ in ("list", "ImagingCore"), len(d), d[0], list(d)[:3], list(im.getdata(1))[:4])
print(list(g.getdata())[:6], np.array(im.getdata()).shape, np.array(g.getdata()).shape)
c = im.copy(); c.putpixel((3, 4), (1, 2, 3)); c.putpixel((-1, -1), (9, 9, 9)); print(c.getpixel((3, 4)), c.getpixel((39, 29)))
try:
    c.putpixel((0, 0), "red")
except TypeError as e:
    print("TypeError", e)
gg = g.copy(); gg.putpixel((1, 1), 77); gg.putpixel((2, 1), 300.7) if False else None; print(gg.getpixel((1, 1)))
p = Image.new("L", (4, 3)); p.putdata(list(range(12))); print(np.asarray(p).tolist())
p.putdata([1.7, 2.2, 250.9], scale=2, offset=1); print(np.asarray(p)[0].tolist())
q = Image.new("RGB", (2, 2)); q.putdata([(1, 2, 3), (4, 5, 6), (7, 8, 9), (10, 11, 12)]); print(np.asarray(q).tolist())
try:
    c.putpixel((40, 0), (1, 1, 1))
except IndexError as e:
    print("IndexError", e)
pixels = list(g.getdata()); w, h = g.size
print(sum(pixels) / len(pixels), [pixels[y * w + x] for x, y in [(1, 2), (5, 7)]])
