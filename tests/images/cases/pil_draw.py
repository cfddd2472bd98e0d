# PIL.ImageDraw: rectangle (fill, outline, width), line (1 pixel and wide),
# point and polygon (fill and outline, concave, clipped) on RGB, L and RGBA
# images, default inks, and colour errors.
from PIL import Image, ImageDraw
import numpy as np, zlib
def d(im): a = np.asarray(im); return int(a.astype(np.int64).sum()), zlib.crc32(a.tobytes())
for mode, bg in [("RGB", (10, 20, 30)), ("L", 40), ("RGBA", (1, 2, 3, 100))]:
    C = (lambda c: c) if mode != "L" else (lambda c: c[0] if isinstance(c, tuple) else c)
    im = Image.new(mode, (64, 48), bg)
    dr = ImageDraw.Draw(im)
    dr.rectangle([5, 6, 40, 30], outline=(255, 0, 0) if mode != "L" else 200, width=3)
    print(mode, "rect", d(im))
    dr.rectangle((10.7, 12.2, 20.9, 18.5), fill="blue")
    dr.rectangle([(-5, -5), (3, 70)], fill=128, outline="yellow")
    print(mode, "rect2", d(im))
    dr.line([(0, 0), (63, 47)], fill="white")
    dr.line((5, 40, 60, 2, 30, 47), fill=C((0, 255, 0)), width=1)
    dr.line([(2, 45), (60, 30)], fill="red", width=4)
    dr.line([(30, 2), (31, 46)], fill="cyan", width=5)
    dr.line([(50, 10), (50, 10)], fill="white", width=3)
    print(mode, "lines", d(im))
    dr.point([(1, 1), (2.9, 3.1), 62, 46], fill="orange")
    dr.polygon([(5, 40), (30, 20), (60, 44)], fill=C((90, 80, 70)), outline=C((1, 2, 3)))
    dr.polygon([10, 2, 50, 8, 44, 30, 20, 25, 12, 14], fill="purple")
    dr.polygon([(0, 0), (20, 0), (20, 10), (10, 10), (10, 20), (0, 20)], outline="white")
    dr.polygon([(40, 30), (63, 30), (63, 47), (52, 35), (40, 47)], fill=C((7, 7, 7)))
    print(mode, "poly", d(im))
    dr.rectangle((0, 0, 63, 47))
    dr.line((0, 47, 63, 0))
    print(mode, "default", d(im))
m = Image.new("L", (50, 40), 0)
md = ImageDraw.Draw(m)
for k in range(6):
    pts = [(int(25 + 18 * np.cos(t)), int(20 + 15 * np.sin(t))) for t in np.linspace(0, 6.28, 7 + k, endpoint=False)]
    md.polygon(pts, fill=40 * k + 10)
print("mask", d(m))
try:
    ImageDraw.Draw(m).line((1, 1, 5, 5), fill=(1, 2, 3))
except TypeError as e:
    print("TypeError", e)
try:
    ImageDraw.Draw(m).rectangle((5, 5, 2, 2))
except ValueError as e:
    print("ValueError", e)
