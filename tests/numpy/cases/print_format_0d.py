# f-strings of 0-d arrays (np.asarray of a number, a loss kept as an
# array) format their element, as NumPy's ndarray.__format__ does.
import numpy as np

loss = np.asarray(0.123456)
acc = np.array(0.5, dtype=np.float32)
n = np.array(42)
print(f"loss={loss:.3f} acc={acc:>8.2%} n={n:05d} {np.array(True)} {np.array(255, dtype=np.uint8):#x}")
print("{:.2e}|{:^9}|{}".format(loss, n, acc), format(loss, ".1f"), format(n))
try:
    print(f"{np.array([0.5, 1.5]):.2f}")
except TypeError as e:
    print("TypeError", e)
