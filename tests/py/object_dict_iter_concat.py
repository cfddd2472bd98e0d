o = object()
try:
    o.x = 1
    print("set", o.x)
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(object(), "__dict__"))
class Plain:
    pass
p = Plain()
p.x = 1
print(p.__dict__, hasattr(object(), "x"))
try:
    object().__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(object(), "y", 2)
except AttributeError as e:
    print("AttributeError", e)
class Slotted:
    __slots__ = ("a",)
t = Slotted()
t.a = 3
try:
    t.b = 4
except AttributeError as e:
    print("AttributeError", e)
class It:
    def __iter__(self):
        return 5
try:
    iter(It())
except TypeError as e:
    print("TypeError", e)
try:
    for x in It():
        pass
except TypeError as e:
    print("TypeError", e)
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError", e)
try:
    "y" + b"x"
except TypeError as e:
    print("TypeError", e)
for a in [b"x", bytearray(b"x")]:
    for b in ["y", 1, None]:
        try:
            a + b
        except TypeError as e:
            print("TypeError", e)
class Good:
    def __iter__(self):
        return iter([1, 2])
class WithNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(Good()), list(WithNext()))
s = ""
for ch in "abc" * 3:
    s += ch
print(s)
