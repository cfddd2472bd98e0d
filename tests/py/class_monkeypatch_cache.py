# Class attribute caching must see monkeypatching: set, delete, base classes
class A:
    def f(self):
        return 1
a = A()
print(a.f(), a.f())
A.f = lambda self: 2
print(a.f())
del A.f
try:
    a.f()
except AttributeError as e:
    print("AttributeError", e)
class B(A):
    pass
b = B()
print(hasattr(b, "g"))
A.g = lambda self: 3
print(b.g())
B.g = lambda self: 4
print(b.g(), a.g())
print([1].count(1), "x".upper())
class C:
    x = 1
c = C()
print(c.x)
C.x = 5
print(c.x)
c.x = 9
print(c.x, C.x)
