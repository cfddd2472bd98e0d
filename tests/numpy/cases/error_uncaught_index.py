import numpy as np

boxes = np.zeros((3, 4), dtype=np.float32)
for i in range(5):
    print(i, repr(boxes[i]))
