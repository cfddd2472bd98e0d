# NumPy imported before numbers: its scalar types are still in the tower.
import numpy as np
import numbers
print(isinstance(np.int32(1), numbers.Integral), isinstance(np.float32(1), numbers.Real),
      isinstance(np.float16(1), numbers.Integral), issubclass(np.uint8, numbers.Number))
