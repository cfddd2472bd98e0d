# ImageDraw.ellipse: filled, outlined (1 to 5 pixels), tiny, degenerate,
# clipped and float boxes; keypoint dots.
from PIL import Image, ImageDraw
import numpy as np, zlib
def d(im): a = np.asarray(im); return int(a.astype(np.int64).sum()), zlib.crc32(a.tobytes())
for mode in ["RGB", "L"]:
    im = Image.new(mode, (64, 48), 0)
    dr = ImageDraw.Draw(im)
    for box, kw in [((5, 5, 40, 30), dict(fill="white")), ((10, 8, 60, 44), dict(outline="red", width=1)),
                    ((0, 0, 63, 47), dict(outline="blue", width=3)), ((20, 20, 21, 21), dict(fill="green")),
                    ((30, 10, 30, 30), dict(fill="yellow")), ((-10, -5, 15, 12), dict(fill="orange", outline="white", width=2)),
                    ((40.6, 30.2, 55.9, 47.7), dict(fill=128)), ((3, 40, 13, 41), dict(outline=200, width=5)), ((2, 2, 9, 9), dict())]:
        dr.ellipse(box, **kw)
        print(mode, box, d(im))
pts = [(12, 15), (33, 20), (50, 40)]
im = Image.new("RGB", (64, 48)); dr = ImageDraw.Draw(im)
for x, y in pts:
    r = 3
    dr.ellipse((x - r, y - r, x + r, y + r), fill=(255, 0, 0), outline=(255, 255, 255))
print(d(im))
