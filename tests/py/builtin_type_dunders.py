# Explicit dunder calls on builtin types (reduce(set.__or__, ...),
# map(fmt.__mod__, ...), super() in subclasses): CPython's results and
# NotImplemented answers.
from functools import reduce
print(reduce(set.__or__, [{1}, {2}, {3}]), reduce(frozenset.__and__, [frozenset({1, 2}), frozenset({2, 3})]))
print(list(map("%03d".__mod__, [1, 2])), reduce(dict.__or__, [{"a": 1}, {"b": 2}]))
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__add__(1.5, 2), float.__radd__(1.5, 2), int.__radd__(3, 4))
print(int.__eq__(1, 1.0), int.__lt__(1, 2.5), str.__eq__("a", 1))
print(int.__and__(6, 3), int.__or__(6, 3), int.__xor__(6, 3), int.__lshift__(1, 4), int.__rshift__(16, 2), int.__rlshift__(2, 1), int.__invert__(5))
print(int.__floordiv__(7, 2), int.__rfloordiv__(2, 7), int.__rtruediv__(2, 7), float.__rmod__(2.0, 7), int.__rpow__(2, 3), int.__divmod__(7, 2), float.__rdivmod__(2.0, 7.5), int.__divmod__(7, 2.0))
print((7).__round__(-1), (2.675).__round__(2), (2.5).__round__(), (-3.7).__trunc__(), (3.2).__floor__(), (3.2).__ceil__(), (5).__trunc__(), True.__floor__())
print(str.__mul__("ab", 2), str.__rmul__("ab", 3), str.__add__("a", "b"), str.__rmod__("x", 5), str.__mod__("%s-%s", (1, 2)))
print(list.__add__([1], [2]), tuple.__mul__((1,), 3), bytes.__add__(b"a", b"b"), bytes.__mod__(b"%d", 5))
l = [1]; r = l.__iadd__("ab"); print(r is l, l, l.__imul__(2))
s = {1}; print(s.__ior__({2}) is s, s, s.__ior__([3]), s.__isub__({1}), s)
d = {"a": 1}; print(d.__ior__([("b", 2)]) is d, d, list(d.__reversed__()), list([1, 2, 3].__reversed__()))
print(set.__sub__({1, 2}, {2}), set.__rsub__({2}, {1, 2}), set.__xor__({1}, {2}), set.__or__({1}, [2]))
print(hasattr(1.5, "__index__"), hasattr(1, "__index__"), hasattr(True, "__and__"), hasattr(1.5, "__and__"), hasattr({}, "__add__"), hasattr([], "__reversed__"))
class MyInt(int):
    def __add__(self, o):
        return int.__add__(self, o) + 100
    def __neg__(self):
        return int.__neg__(self) * 10
print(MyInt(1) + 2, -MyInt(3), abs(MyInt(-4)), MyInt(5).__abs__())
print(sum([1.5, 2], 0.5), (3).__pos__(), (-2.5).__abs__(), (1).__neg__())
for bad in (lambda: str.__add__("a", 1), lambda: [].__add__(1), lambda: "a".__mul__(2.0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class Tok(str):
    def __eq__(self, other):
        return str.__eq__(self, other)
    __hash__ = str.__hash__
print(Tok("a") == "a", Tok("a") == 1, Tok("a") != "b", dict.__lt__({}, {}), list.__lt__([1], [2]), tuple.__ge__((1,), [1]))
try:
    int.__floordiv__(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    float("inf").__floor__()
except OverflowError as e:
    print("OverflowError", e)
