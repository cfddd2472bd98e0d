import numpy as np

try:
    np.concatenate([np.zeros((2, 3)), np.zeros((2, 4))])
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.concatenate([np.zeros((2, 3)), np.zeros(3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.stack([np.zeros(2), np.zeros(3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.vstack([np.zeros(2), np.zeros(3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.concatenate([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.concatenate([np.zeros(2), np.zeros(2)], axis=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.stack([np.zeros(2)], axis=3)
except Exception as e:
    print(type(e).__name__, e)
