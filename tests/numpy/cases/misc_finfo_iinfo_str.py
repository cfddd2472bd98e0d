import numpy as np

# str() of the limits objects is NumPy's "Machine parameters" table.
for t in (np.float16, np.float32, np.float64):
    f = np.finfo(t)
    print(f)
    print(repr(f))
    print(f.machep, f.negep, f.iexp, f.nexp, f.precision, f.epsneg, f.resolution)
for t in (np.int8, np.uint16, np.int64, "uint8"):
    print(np.iinfo(t))
    print(repr(np.iinfo(t)), str(np.iinfo(t).max))
print("%s|%r" % (np.iinfo(np.int32), np.finfo(np.float32)))
