# cv2.imread with IMREAD_ANYDEPTH / IMREAD_ANYCOLOR flag combinations, and
# PIL.Image.frombytes / frombuffer / eval.
import cv2, numpy as np
from PIL import Image
I = "../inputs/"
for p in ["rgb.png", "gray.png", "rgba.png", "palette.png", "palette_alpha.png", "rgb.bmp", "gray_key.png", "smooth_gray.jpg"]:
    out = []
    for f in [cv2.IMREAD_ANYDEPTH, cv2.IMREAD_ANYCOLOR, cv2.IMREAD_ANYDEPTH | cv2.IMREAD_ANYCOLOR, cv2.IMREAD_COLOR | cv2.IMREAD_ANYDEPTH, cv2.IMREAD_GRAYSCALE | cv2.IMREAD_ANYDEPTH, 5]:
        a = cv2.imread(I + p, f)
        out.append((a.shape, int(a.astype(np.int64).sum())))
    print(p, out)
im = Image.open(I + "rgb.png")
b = Image.frombytes("RGB", im.size, im.tobytes()); print(b.mode, b.size, np.array_equal(np.asarray(b), np.asarray(im)))
g = Image.frombytes("L", (4, 3), bytes(range(12))); print(np.asarray(g).tolist())
print(Image.frombuffer("RGBA", (2, 2), bytes(range(16)), "raw", "RGBA", 0, 1).getpixel((1, 1)))
print(np.asarray(Image.eval(im, lambda v: 255 - v)).sum())
try:
    Image.frombytes("RGB", (10, 10), b"abc")
except ValueError as e:
    print("ValueError", e)
