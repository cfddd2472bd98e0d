# PIL.ImageChops (every channel operation, add/subtract with scale and
# offset, offset, invert, composite) and Image.composite.
from PIL import Image, ImageChops
import numpy as np, zlib
def d(im): a = np.asarray(im); return im.mode, im.size, int(a.astype(np.int64).sum()), zlib.crc32(a.tobytes())
a = Image.open("../inputs/rgb.png").convert("RGB")
b = a.transpose(Image.Transpose.FLIP_LEFT_RIGHT).crop((0, 0, 35, 27))
g1, g2 = a.convert("L"), b.convert("L")
r1 = Image.open("../inputs/rgba.png"); r2 = r1.rotate(20)
for x, y in [(a, b), (g1, g2), (r1, r2)]:
    for f in [ImageChops.lighter, ImageChops.darker, ImageChops.difference, ImageChops.multiply, ImageChops.screen,
              ImageChops.soft_light, ImageChops.hard_light, ImageChops.overlay, ImageChops.add_modulo, ImageChops.subtract_modulo]:
        print(f.__name__, d(f(x, y)))
    for sc, off in [(1.0, 0), (2.0, 0), (1.5, 10), (0.7, -20)]:
        print(sc, off, d(ImageChops.add(x, y, sc, off)), d(ImageChops.subtract(x, y, sc, off)))
    print(d(ImageChops.invert(x)), d(ImageChops.offset(x, 7, -3)), d(ImageChops.offset(x, 5)), d(ImageChops.constant(x, 9)))
m = g1.point(lambda v: 255 if v > 100 else 0)
print(d(Image.composite(a, a.transpose(Image.Transpose.FLIP_TOP_BOTTOM), m)), d(ImageChops.composite(g1, g1.rotate(5), m)))
print(ImageChops.difference(a, a).getbbox(), ImageChops.difference(a, b).getbbox())
for bad in [lambda: ImageChops.difference(a, g1), lambda: ImageChops.logical_and(g1, g2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
