# typing: subscripted aliases have CPython's reprs, equality and origins.
from typing import (Any, Callable, Dict, FrozenSet, Iterable, Iterator, List,
                    Literal, Mapping, Optional, Sequence, Set, Tuple, Type, Union)
import typing

print(repr(List), repr(Dict), repr(Callable), repr(Union), repr(Optional))
print(List[int], Dict[str, int], Set[float], FrozenSet[int])
print(Optional[int], Optional[List[int]])
print(Union[int, str], Union[int, str, None], Union[int, Union[str, int]])
print(Union[int])
print(Callable[[int, str], bool], Callable[..., int])
print(Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Literal['a', 1], Type[int], Any)
print(Iterable[Tuple[int, str]], Iterator[int], Sequence, Mapping[str, Any])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str])
print(typing.ClassVar[int], typing.Final[int], typing.Annotated[int, 'meta'])
print(typing.Generator[int, None, None], typing.NoReturn)
print(List[int] == List[int], List[int] == List[str], Dict[str, int] == Dict[str, int])
print(Union[int, None] == Optional[int], Union[int, str] == Union[str, int])
print(len({List[int], List[int], Dict[str, int]}))
print(typing.get_origin(List[int]), typing.get_origin(Dict[str, int]))
print(typing.get_origin(Optional[int]), typing.get_origin(int))
print(typing.get_args(Dict[str, int]), typing.get_args(Optional[int]))
print(typing.get_args(Callable[[int], str]), typing.get_args(int))
print(typing.get_args(Literal[1, 2]), typing.get_origin(Literal[1, 2]))
for bad in (lambda: List[int](), lambda: Any(), lambda: List[int, str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError')
print(typing.Deque[int]([1, 2]))
print(typing.TYPE_CHECKING)
