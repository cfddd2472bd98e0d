import numpy as np

print(np.array(5).tolist(), type(np.array(5).tolist()).__name__)
print(np.array(2.5).tolist(), type(np.array(2.5).tolist()).__name__)
print(np.arange(3).tolist())
print(np.arange(6).reshape(2, 3).tolist())
print(np.array([0.1, 0.2], dtype=np.float32).tolist())
print(np.array([True, False]).tolist())
print(np.array([255, 0], dtype=np.uint8).tolist(), type(np.array([255], dtype=np.uint8).tolist()[0]).__name__)
print(np.zeros((2, 0)).tolist(), np.zeros(0).tolist())
x = np.array([[1.5]])
print(x.item(), type(x.item()).__name__)
y = np.arange(6).reshape(2, 3)
print(y.item(4), y.item(1, 2), y.item(-1), type(y.item(0)).__name__)
print(np.array([True]).item(), type(np.array([True]).item()).__name__)
print(np.float32(1.5).item(), type(np.float32(1.5).item()).__name__)
print(np.array([0.1], dtype=np.float32).item())
print(np.int8(-3).item(), type(np.uint8(7).item()).__name__)
print(np.arange(24).reshape(2, 3, 4).tolist()[1][2])
try:
    np.arange(3).item()
except ValueError as e:
    print(type(e).__name__, e)
