import sys
import numpy as np
import cv2

# INTER_NEAREST_EXACT picks OpenCV's 16.16 fixed-point pixel centres, for
# even and odd source sizes, shrinking and growing.
bad = 0
for n_in in range(1, 61):
    src = np.arange(n_in, dtype=np.uint8).reshape(1, n_in)
    for n_out in range(1, 61):
        out = cv2.resize(src, (n_out, 1), interpolation=cv2.INTER_NEAREST_EXACT)
        bad += int(out.sum()) * 7 + n_in * n_out
        if n_out in (4, 28, 45) and n_in in (8, 40, 13):
            print(n_in, n_out, out[0].tolist())
print(bad)
img = (np.arange(40 * 30 * 3) % 251).astype(np.uint8).reshape(40, 30, 3)
r = cv2.resize(img, (17, 28), interpolation=cv2.INTER_NEAREST_EXACT)
print(r.shape, int(r.sum()), r[:3, :3, 0].tolist())
np.save(sys.argv[1] + "/exact_grow.tol0.npy", cv2.resize(img, (71, 53), interpolation=cv2.INTER_NEAREST_EXACT))
