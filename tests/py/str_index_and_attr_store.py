# str[int] on ASCII text takes a fast path; results must match the general
# one, including negative indexes, errors and identity of shared characters.
s = "hello, world"
print([s[i] for i in range(len(s))])
print(s[-1], s[-len(s)], s[0] is s[0])
for bad in (len(s), -len(s) - 1, 10**20):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)
u = "héllo"
print(u[1], u[-1], len(u[1]))
print(True and "abc"[True])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
p.z = 3
print(vars(p))


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


o = Slotted()
try:
    o.b = 2
except AttributeError as e:
    print("AttributeError", e)


class Hooked:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


h = Hooked()
h.v = 21
print(h.v)


class Late:
    pass


late = Late()
late.v = 1
Late.__setattr__ = lambda self, name, value: object.__setattr__(self, name, -value)
late.v = 5
print(late.v)
e = ValueError("boom")
e.note = "extra"
print(e.note, e.args)
