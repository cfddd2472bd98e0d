import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

x = np.array([-100.0, -5.0, -1.0, 0.0, 1.0, 5.0, 100.0])
s = 1.0 / (1.0 + np.exp(-x))
print(repr(r6(s)))
with np.errstate(over='ignore'):
    s2 = 1.0 / (1.0 + np.exp(-np.array([-1000.0, 1000.0])))
print(repr(s2))
relu = np.maximum(x, 0)
print(repr(relu))
leaky = np.where(x > 0, x, 0.1 * x)
print(repr(leaky))
gelu = 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))
print(repr(r6(gelu)))
silu = x * s
print(repr(r6(silu)))
sp = np.log(1 + np.exp(-np.abs(x))) + np.maximum(x, 0)
print(repr(r6(sp)))
print(np.allclose(s + (1 / (1 + np.exp(x))), 1.0))
