# In-place operators on complex arrays write into them (names for the array
# see it); a real array refuses a complex result as NumPy does.
import numpy as np
S = np.fft.rfft(np.arange(8.0))
acc = np.zeros(5, dtype=np.complex64)
alias = acc
acc += S
acc *= 2
acc -= S
acc /= 2
print(alias is acc, np.round(alias, 3), alias.dtype)
r = np.ones(5)
try:
    r += S
except Exception as e:
    print(type(e).__name__, e)
