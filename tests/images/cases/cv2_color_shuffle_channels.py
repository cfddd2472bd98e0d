import numpy as np
import cv2

# The BGR/RGB(A) channel shuffles take 1, 3 or 4 channels, as OpenCV 4.13:
# a BGRA PNG read with IMREAD_UNCHANGED goes straight to BGR2RGB.
a = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
g = np.arange(6, dtype=np.uint8).reshape(2, 3)
names = ["COLOR_BGR2RGB", "COLOR_RGB2BGR", "COLOR_BGR2RGBA", "COLOR_RGB2RGBA", "COLOR_BGRA2BGR",
         "COLOR_BGRA2RGBA", "COLOR_BGRA2RGB", "COLOR_RGBA2BGR", "COLOR_BGR2BGRA", "COLOR_RGBA2RGB"]
for name in names:
    for src in (a, g, a[..., :3], a.astype(np.float32), a[..., :2]):
        try:
            r = cv2.cvtColor(src, getattr(cv2, name))
            print(name, src.shape, src.dtype, "->", r.shape, r.dtype, r.reshape(-1)[:9].tolist(), r.flags.c_contiguous)
        except cv2.error as e:
            print(name, src.shape, "cv2.error")
u16 = (np.arange(24, dtype=np.uint16) * 1000).reshape(2, 3, 4)
print(cv2.cvtColor(u16, cv2.COLOR_BGR2RGB).reshape(-1)[:6].tolist(), cv2.cvtColor(u16[..., :3], cv2.COLOR_BGR2BGRA)[0, 0].tolist())
