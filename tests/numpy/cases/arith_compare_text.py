# A numeric array compared with text: == is all False, != all True (no
# string arrays: nothing converts), and bytes(a) is a's buffer.
import numpy as np

a = np.arange(3)
for other in ["abc", "", b"x"]:
    print(repr(a == other), repr(a != other), repr(other == a), repr(other != a))
    print(repr(np.float32(1) == other), repr(np.array(2.5) != other))
m = np.zeros((2, 2))
print(repr(m == "x"), (m != "x").all())
print(repr(np.zeros((0, 2)) == "x"))
labels = np.array([1.0, 2.0])
print("missing" if (labels == "n/a").any() else "numeric")
for x in (np.arange(3, dtype=np.int16), np.arange(6, dtype=np.uint8).reshape(2, 3).T,
          np.array(3), np.uint8(2), np.array(True), np.array([3]), np.zeros((2, 0)),
          np.float16(1), np.float32([1.5, -2]), np.arange(5.0)[::2]):
    print(bytes(x), bytes(x) == x.tobytes())
print(bytearray(np.arange(3, dtype=np.uint8)))
try:
    bytes(np.array(-1))
except ValueError as e:
    print("ValueError", e)
