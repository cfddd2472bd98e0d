import types
import sys
import typing
from typing import List, Optional

print(types.SimpleNamespace(a=1, b='x'), types.SimpleNamespace())
n = types.SimpleNamespace(a=1)
n.c = [1]
print(n, n == types.SimpleNamespace(a=1, c=[1]), vars(n), n.a)
print(int | None, type(int | None), (int | None).__args__, int | str | None, int | int)
print(isinstance(3, int | None), isinstance(None, int | None), isinstance('a', int | float))
print(issubclass(bool, int | str), isinstance(2.5, (str, int | float)))
print((int | None) == (None | int), hash(int | None) == hash(None | int))
print(Optional[int] | str, int | List[int])
try:
    int | 5
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
print(types.FunctionType, types.ModuleType, types.NoneType, types.GeneratorType)
print(types.BuiltinFunctionType, types.MethodType, types.LambdaType)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))


class Box:
    pass


def area(box: Box | None = None, scale: float | int = 1) -> float | None:
    return None


print(area.__annotations__)
x: dict | None = None
print(__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[int] | None)
print(list[int]([1, 2]), dict[str, int](a=1), list[int] == list[int], list[int] == list[str])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)


class MyList(list[int]):
    pass


print(MyList([3]), MyList.__bases__)


def typed(xs: list[float], table: dict[str, tuple[int, int]]) -> set[str]:
    return set()


print(typed.__annotations__)
