# typing: the less common names scripts import (IO classes, Pattern/Match,
# Supports*, views, ContextManager, ParamSpec, helpers) exist and behave.
import contextlib
import re
import typing
from typing import (IO, AnyStr, BinaryIO, ByteString, Callable, Concatenate, ContextManager,
                    ForwardRef, ItemsView, KeysView, MappingView, Match, ParamSpec, Pattern,
                    TextIO, TypeVar, ValuesView, get_args, get_origin)

print(IO, TextIO, BinaryIO, IO[str], IO[bytes], get_origin(IO[str]) is IO)
print(TextIO.__mro__)
print(isinstance(open(__file__), TextIO), issubclass(TextIO, IO))
print(Pattern, Match, Pattern[str], Match[bytes], get_origin(Pattern[str]))
print(isinstance(re.compile('a'), Pattern), isinstance(re.match('a', 'a'), Match))
print(ContextManager, ContextManager[int], get_origin(ContextManager[int]))
print(isinstance(contextlib.nullcontext(), ContextManager))
print(KeysView[str], ValuesView[int], ItemsView[str, int], MappingView, ByteString)
d = {'a': 1}
print(isinstance(d.keys(), KeysView), isinstance(d.values(), ValuesView), isinstance(d.items(), ItemsView))
print(isinstance(b'x', ByteString), isinstance('x', ByteString))

P = ParamSpec('P')
R = TypeVar('R')
print(P, P.args, P.kwargs, P.__name__)
print(Callable[P, R], Callable[Concatenate[int, P], R])
print(get_args(Callable[P, int]), get_args(Callable[Concatenate[int, P], int]))


def logged(func: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int) -> int:
    return a + b


print(add(2, 3))


def read_all(f: IO[AnyStr]) -> AnyStr:
    return f.read()


with open(__file__) as f:
    print(read_all(f).splitlines()[0])

print(ForwardRef('Node'), ForwardRef('x') == ForwardRef('x'))
print(typing.assert_type(3, int), typing.is_typeddict(dict))
try:
    typing.assert_never('oops')
except AssertionError as e:
    print('AssertionError:', e)


@typing.overload
def conv(x: int) -> str: ...
@typing.overload
def conv(x: str) -> int: ...
def conv(x):
    return x


print(len(typing.get_overloads(conv)), conv(5))
typing.clear_overloads()
print(typing.get_overloads(conv))


@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.reveal_type(7))
