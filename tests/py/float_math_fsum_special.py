# math.fsum with infinities, NaNs and intermediate overflow.
import math

cases = [
    [1e308, 1e308],
    [1e308, 1e308, -1e308],
    [1.0, float("inf"), float("-inf")],
    [float("inf"), 1e308, 1e308],
    [float("nan"), 1.0],
    [float("inf"), 2.0],
    [float("-inf"), float("-inf"), 1.0],
    [1e308, -1e308, 1e308],
    [float("inf"), float("nan")],
    [],
    [0.1] * 10,
    [1e100, 1.0, -1e100, 1e-100],
]
for data in cases:
    try:
        print(math.fsum(data))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
