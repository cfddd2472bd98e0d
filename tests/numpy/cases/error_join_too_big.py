# Joining arrays whose result cannot be allocated raises NumPy's MemoryError
# before any copy is made; the inputs are broadcast views that hold no memory.
import numpy as np

big = np.broadcast_to(np.float64(1.5), (10**15,))
for join in (np.concatenate, np.stack, np.vstack, np.hstack):
    try:
        join([big, big])
    except MemoryError as e:
        print(join.__name__, "MemoryError:", e)

rows = np.broadcast_to(np.arange(3, dtype=np.int32), (10**14, 3))
try:
    np.concatenate([rows, rows], axis=1)
except MemoryError as e:
    print("axis=1 MemoryError:", e)
print(np.concatenate([rows[:2], rows[:1]]).tolist())

# Flattening copies of such views are checked the same way.
for name, f in (("concatenate(axis=None)", lambda: np.concatenate([big, big], axis=None)),
                ("ravel", big.ravel), ("flatten", big.flatten),
                ("repeat", lambda: np.repeat(big, 2))):
    try:
        f()
    except MemoryError as e:
        print(name, "MemoryError:", e)
