# taipan: --max-heap 32M
# Memory eaten step by step, under a heap budget: small allocations that
# never stop, then handlers that try to swallow the MemoryError and keep
# going, then a `finally` that must still run.
import numpy as np

print("small allocations are fine:", len([0] * 100000))
kept = []
try:
    while True:
        try:
            kept.append(np.ones(4096) + len(kapt))
            kept.append("x" * 4096)
        except MemoryError:
            kept = []
        except BaseException:
            pass
finally:
    print("finally ran, the list is", "empty" if not kept else "not empty")
print("never printed")
