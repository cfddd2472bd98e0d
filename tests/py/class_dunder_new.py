# object.__new__ / super().__new__ / tuple.__new__ for user classes and builtin subclasses
class T(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
t = T(1, 2)
print(t, isinstance(t, tuple), len(t), t[1], type(t).__name__)
class P(tuple):
    pass
p = tuple.__new__(P, [3, 4])
print(p, type(p).__name__)
class S:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        self.n = 1
print(S() is S(), S().n)
o = object.__new__(S)
print(type(o).__name__)
class E(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
print(repr(E("x")))
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(21), isinstance(I(1), int))
