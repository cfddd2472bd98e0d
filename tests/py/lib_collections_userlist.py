# collections.UserList: the list interface over .data, comparisons, + and *, copies, subclasses
import copy
from collections import UserList
from collections.abc import MutableSequence, Sequence, Hashable, Reversible

u = UserList([3, 1, 2])
print(u, repr(u), len(u), u[0], u[-1], u[1:], type(u[1:]).__name__, 2 in u, 9 in u)
print(isinstance(u, MutableSequence), isinstance(u, Sequence), isinstance(u, list), isinstance(u, Hashable))
print(u == [3, 1, 2], [3, 1, 2] == u, u == UserList([3, 1, 2]), u != [1], u < [4], u <= u, u > [3], u >= [3, 1, 2, 0])
print(u + [4], [0] + u, u + UserList([5]), u + (6,), (7,) + u if False else None, u * 2, 2 * u, type(u * 2).__name__)
try:
    print((7,) + u)
except TypeError as e:
    print("TypeError", e)
try:
    hash(u)
except TypeError as e:
    print("TypeError", e)
u += [9]
u += (8,)
u += UserList([7])
print(u)
u *= 2
print(u, u.count(9), u.index(9), u.index(9, 4), u.pop(), u.pop(0), u)
u.append(0); u.insert(1, 11); u.remove(9); u.extend(UserList([1])); u.extend("ab")
print(u)
u.reverse(); print(u)
u2 = UserList([5, 3, 9, 1]); u2.sort(); print(u2); u2.sort(reverse=True, key=lambda x: x % 3); print(u2)
u2[0] = 100; del u2[1]; print(u2, list(reversed(u2)), list(iter(u2)), sorted(u2))
u2[1:2] = [7, 7]; print(u2)
del u2[::2]; print(u2)
print(u2.copy(), type(u2.copy()).__name__, copy.copy(u2), copy.deepcopy(UserList([[1]])))
try:
    UserList().pop()
except IndexError as e:
    print("IndexError", e)
try:
    UserList([1]).remove(5)
except ValueError as e:
    print("ValueError", e)
try:
    UserList([1]).index(5)
except ValueError as e:
    print("ValueError", e)
print(UserList(), UserList("abc"), UserList(UserList([1])), UserList(range(3)), bool(UserList()))
u3 = UserList([1, 2]); u3.clear(); print(u3)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1])
s.push(2)
print(type(s[:1]).__name__, type(s + [3]).__name__, type(s.copy()).__name__, s)
c = copy.copy(s); c.push(5); print(s, c)
