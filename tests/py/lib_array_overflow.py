# array: range checks and item type checks for every typecode, with CPython's messages
from array import array

big = [2**7, -2**7 - 1, 2**8, -1, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1, 2**32,
       2**63, -2**63 - 1, 2**64]
for code in 'bBhHiIlLqQ':
    for v in big:
        try:
            print(code, v, array(code, [v]))
        except OverflowError as e:
            print(code, v, 'OverflowError:', e)


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


for code in 'bhIQfdu':
    for v in [1.5, 'x', 'xy', None, True, Idx(), Flt(), [1]]:
        try:
            print(code, type(v).__name__, array(code, [v]))
        except TypeError as e:
            print(code, type(v).__name__, 'TypeError:', e)
for code in 'fd':
    for v in [10**400, 2**64, -2**63 - 1]:
        try:
            print(code, array(code, [v]))
        except OverflowError as e:
            print(code, 'OverflowError:', e)
a = array('h', [1, 2, 3])
for op in [lambda: a.append(2**15), lambda: a.insert(0, -2**15 - 1), lambda: a.__setitem__(0, 2**20),
           lambda: a.fromlist([1, 2**16]), lambda: a.extend([4, 1.5, 5]), lambda: a.append('1')]:
    try:
        op()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e, a)
