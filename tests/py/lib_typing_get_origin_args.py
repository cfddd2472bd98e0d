# typing.get_origin / get_args on builtin generics, X | Y unions, typing
# aliases, Annotated, Literal and Callable.
import collections.abc
import types
import typing
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, Iterable, List,
                    Literal, Optional, Tuple, Type, TypeVar, Union, get_args, get_origin)

T = TypeVar('T')
cases = [
    list[int], dict[str, int], tuple[int, ...], tuple[()], type[int], set[list[int]],
    int | None, int | str | None, list[int | None], Optional[list[int]],
    Annotated[int, 'meta', 3], Annotated[list[int], 'x'], Annotated[Annotated[int, 1], 2],
    Literal[1, 'a', None], Literal['x'],
    Callable[[int, str], bool], Callable[..., int], Callable[[], None],
    collections.abc.Callable[[int], str], collections.abc.Callable[..., str],
    collections.abc.Iterable[int], collections.abc.Mapping[str, int],
    List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, list[str]],
    Tuple[int, str], Tuple[()], Tuple[int, ...], Type[int], Iterable[int],
    List, Dict, Callable, Generic, ClassVar[int], Final[int], Dict[str, T],
    int, None, 'x', Any,
]
for c in cases:
    print(repr(c), '->', get_origin(c), get_args(c))

print(get_origin(int | None) is types.UnionType, get_origin(Optional[int]) is Union)
print(get_origin(Annotated[int, 1]) is Annotated, Annotated[int, 'a', 'b'].__metadata__)
print(get_origin(Callable[[int], str]) is collections.abc.Callable)
print(Optional[int] == Union[int, None], (int | None) == Optional[int], Union[str, int] == (int | str))
print((int | str) == Union[int, bytes], hash(int | None) == hash(Optional[int]))
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])


def describe(tp):
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return 'one of ' + ', '.join(describe(a) for a in get_args(tp))
    if origin is Annotated:
        inner, *meta = get_args(tp)
        return describe(inner) + ' ' + repr(meta)
    if origin in (list, dict, tuple):
        return origin.__name__ + ' of ' + ', '.join(describe(a) for a in get_args(tp))
    if origin is Literal:
        return 'literal ' + repr(get_args(tp))
    return getattr(tp, '__name__', repr(tp))


for tp in (list[int], dict[str, list[float]], int | None, Optional[str],
           Annotated[int, 'positive'], Literal['r', 'w'], typing.List[typing.Tuple[int, str]]):
    print(describe(tp))
try:
    Annotated[int]
except TypeError as e:
    print('TypeError:', e)
