# NumPy floating-point warnings go through the warnings module: recorded by
# catch_warnings, raised by an "error" filter, silenced by "ignore", and
# np.errstate still decides first.
import warnings
import numpy as np
a = np.array([1.0, 0.0, -1.0])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    b = a / 0
    print(b, len(w), sorted(str(x.message) for x in w), {x.category.__name__ for x in w})
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        np.log(a)
    except RuntimeWarning as e:
        print("raised:", e)
warnings.filterwarnings("ignore", category=RuntimeWarning)
print(np.sqrt(a))
warnings.resetwarnings()
print(np.sqrt(-a))
with np.errstate(invalid="ignore"):
    print(np.sqrt(-a))
