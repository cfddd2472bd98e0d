# np.array/asarray read any sequence: list/tuple subclasses and classes
# with __len__ and __getitem__ (deque, UserList, array.array, custom).
import numpy as np
from collections import deque, UserList
import array

class Frames:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return [i, i + 1]

class MyList(list):
    pass

print(np.asarray(Frames()))
print(np.array(MyList([1.5, 2.5])), np.array(MyList([MyList([1, 2]), (3, 4)])).shape)
print(np.array(deque([1, 2, 3])), np.array(UserList([4, 5])))
print(np.array(array.array('h', [1, -2, 3])), np.asarray([Frames(), Frames()]).shape)
print(np.mean(Frames(), axis=0), np.stack([Frames(), Frames()]).sum())
