# In-place operators on list/dict/set/bytearray subclasses change the value
# in place: the name keeps the subclass instance and every alias sees it;
# a subclass's own __iadd__ still wins. bytearray subclasses keep their data.
class Tokens(list):
    pass


class Config(dict):
    pass


class Tags(set):
    pass


class Buf(bytearray):
    pass


class Own(list):
    def __iadd__(self, other):
        return "own __iadd__"


a = Tokens([1])
alias = a
a += [2]
print(type(a).__name__, a is alias, alias)
a *= 2
print(type(a).__name__, a is alias, alias)
d = Config(x=1)
same = d
d |= {"y": 2}
print(type(d).__name__, d is same, same)
s = Tags({1})
t = s
s |= {2}
s &= {2, 3}
s -= {9}
s ^= {7}
print(type(s).__name__, s is t, sorted(t))
b = Buf(b"abc")
c = b
b += b"d"
print(type(b).__name__, b is c, bytes(c), len(Buf(3)), bytes(Buf("hé", "utf-8")))
o = Own()
o += [1]
print(o)
