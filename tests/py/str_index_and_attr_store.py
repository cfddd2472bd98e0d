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


# Attribute positions remembered per name must never give a wrong value:
# the same name sits at different places in different classes' instances,
# and deleting or re-adding attributes moves it.
class A:
    def __init__(self):
        self.x = "A.x"
        self.y = "A.y"


class B:
    def __init__(self):
        self.y = "B.y"
        self.w = "B.w"
        self.x = "B.x"


objs = [A(), B(), A(), B()]
for _ in range(3):
    print([(o.x, o.y) for o in objs])
b = objs[1]
del b.y
b.y = "B.y again"
print(vars(b), b.x, b.y)
b.__dict__.clear()
b.x = 1
print(vars(b), b.x, hasattr(b, "y"))
for i, o in enumerate(objs):
    o.x = i
print([o.x for o in objs], [getattr(o, "y", None) for o in objs])
