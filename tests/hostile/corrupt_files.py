# Corrupt and truncated input files: the same exceptions CPython's
# libraries raise, never a crash.
import json
import numpy as np

path = "/tmp/taipan_hostile_corrupt.bin"
with open(path, "wb") as f:
    f.write(b"\x93NUMPY\x01\x00{'descr': '<f8', 'fortran_order': False, 'shape': (1000,)}\n\x00\x01")
for name, f in [
    ("json garbage", lambda: json.loads("{\"a\": [1, 2,, 3]}")),
    ("json truncated", lambda: json.loads("[1, 2, {\"x\": ")),
    ("json deep", lambda: json.loads("[" * 100000)),
    ("npy truncated", lambda: np.load(path)),
    ("utf-8 text", lambda: open(path).read()),
    ("int parse", lambda: int("12_x")),
]:
    try:
        f()
        print(name, "ok?!")
    except Exception as e:
        print(name, type(e).__name__)
with open(path, "wb") as f:
    f.write(b"\x00" * 64)
try:
    np.load(path)
except Exception as e:
    print("npy zeros", type(e).__name__)
