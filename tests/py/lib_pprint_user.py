# pprint lays out collections.UserDict, UserList and UserString by their .data
import pprint
from collections import UserDict, UserList, UserString
d = UserDict({"k%d" % i: list(range(i)) for i in range(12)})
pprint.pprint(d)
pprint.pprint(UserList([UserString("x" * 30), d, "y" * 40]), width=40)
pprint.pprint(UserString("word " * 30), width=30)
print(pprint.pformat([UserDict(a=1)] * 3), pprint.saferepr(UserList([1])), pprint.isreadable(UserDict()))
pprint.pprint({"deep": UserDict(a=UserList([1, {"b": 2}]))}, depth=2)
