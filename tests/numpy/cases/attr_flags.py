import numpy as np

a = np.arange(12).reshape(3, 4)
def flags(x):
    return (x.flags['C_CONTIGUOUS'], x.flags['F_CONTIGUOUS'], x.flags['OWNDATA'], x.flags['WRITEABLE'])
print(flags(a))
print(flags(a.T))
print(flags(a[:, 1]))
print(flags(a[1]))
print(flags(a[::2]))
print(flags(a.copy()))
print(flags(np.arange(5)))
print(flags(np.zeros((1, 4))))
print(flags(np.broadcast_to(np.arange(3), (2, 3))))
print(flags(np.frombuffer(b'abc', dtype=np.uint8)))
print(flags(np.array(3)))
print(a.flags.c_contiguous, a.T.flags.f_contiguous, a.flags.writeable)
