class A:
    pass

class B(A):
    pass

class C:
    pass

print(isinstance(1, int), isinstance(1, (str, int)), isinstance("a", (int, float)), isinstance(True, int), isinstance(1, bool))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(None, type(None)), isinstance(1.0, float))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(B, object), issubclass(bool, int))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(set(), set), isinstance(frozenset(), set))
print(isinstance(int, type), isinstance(A, type), type(A).__name__, type(int).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(ValueError, Exception))
print(isinstance(1, (int, (str, float))), isinstance(range(3), range), isinstance(b"", bytes), isinstance(bytearray(), bytes))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError issubclass")
