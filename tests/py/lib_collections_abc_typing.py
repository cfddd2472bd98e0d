# typing's abstract aliases are collections.abc's classes, usable with isinstance/issubclass.
import typing
from typing import Mapping, List, Optional, Union, Iterable, Callable, Sequence
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance([], List), isinstance([], Iterable), isinstance(len, Callable))
print(issubclass(dict, typing.MutableMapping), issubclass(list, Sequence), isinstance(3, Optional[int]), isinstance("a", Union[int, str]), isinstance(2.0, Union[int, str]))
for spec in (List[int], Mapping[str, int]):
    try:
        isinstance([], spec)
    except TypeError as e:
        print("TypeError", e)
print(typing.get_origin(Mapping[str, int]), typing.get_origin(Callable[[int], str]))
def f(x: Mapping[str, int], y: "Sequence[int]" = ()) -> Iterable[str]:
    return x
print(f.__annotations__)
