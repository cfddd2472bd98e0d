import numpy as np
import numpy.typing as npt
from numpy.typing import ArrayLike, DTypeLike, NDArray


# Typed preprocessing code: the annotations must import and evaluate.
def normalize(img: npt.NDArray[np.uint8], mean: ArrayLike = (0.5, 0.5, 0.5),
              dtype: DTypeLike = np.float32) -> NDArray[np.float32]:
    x = img.astype(dtype) / 255.0
    return (x - np.asarray(mean, dtype=dtype)).astype(np.float32)


img = np.arange(12, dtype=np.uint8).reshape(2, 2, 3) * 20
out = normalize(img)
print(out.dtype, out.shape)
print(out)
print(normalize.__annotations__["return"] is np.ndarray or
      "ndarray" in str(normalize.__annotations__["return"]))
print(sorted(n for n in dir(npt) if not n.startswith("_")))
print(np.typing is npt)
print(issubclass(npt.NBitBase, object))
