# np.nditer as scripts use it: plain iteration (memory order), multi_index
# and c_index loops, readwrite updates inside with-blocks, several
# broadcast operands and an allocated output.
import numpy as np
a = np.arange(6).reshape(2, 3)
for x in np.nditer(a):
    print(x, end=" ")
print()
for x in np.nditer(a.T):
    print(x, end=" ")
print()
for x in np.nditer(a.T, order="C"):
    print(x, end=" ")
print()
it = np.nditer(a, flags=["multi_index"])
while not it.finished:
    print(it.multi_index, it[0], end="; ")
    it.iternext()
print()
it = np.nditer(a, flags=["c_index"])
for x in it:
    print(it.index, int(x), end=" ")
print()
b = a.astype(float)
with np.nditer(b, op_flags=["readwrite"]) as it:
    for x in it:
        x[...] = 2 * x + 1
print(b)
for x, y in np.nditer([np.arange(3), np.array([[1], [2]])]):
    print(int(x), int(y), end="|")
print()
x0 = next(iter(np.nditer(a)))
print(repr(x0), type(x0).__name__, x0.flags.writeable, x0.shape)
try:
    for x in np.nditer(a):
        x[...] = 0
except ValueError as e:
    print("ValueError", e)
it = np.nditer(a, flags=["multi_index"])
for x in it:
    if x > 3:
        print("found", it.multi_index); break
print(np.nditer(a).itersize, np.nditer(a).ndim, np.nditer(a).shape, len(np.nditer(a).operands))
it = np.nditer([a, None])
with it:
    for x, y in it:
        y[...] = x * x
    print(it.operands[1])
it = np.nditer(a.T, flags=["multi_index", "f_index"])
print([(it.multi_index, it.index, int(x)) for x in it][:4])
print([int(v) for v in np.nditer(np.zeros((0, 3)), flags=["zerosize_ok"])])
