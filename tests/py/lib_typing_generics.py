# typing: TypeVar, Generic classes, NamedTuple, TypedDict, NewType, cast, overload.
from typing import Dict, Generic, List, NamedTuple, Optional, TypeVar, TypedDict, cast, overload
import typing

T = TypeVar('T')
K = TypeVar('K')
print(T, TypeVar('T_co', covariant=True), TypeVar('T_contra', contravariant=True))
print(typing.AnyStr, T.__name__, TypeVar('N', bound=int).__bound__)
print(TypeVar('S', int, str).__constraints__)
print(Dict[K, List[T]], Dict[K, List[T]][str, int])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


s = Stack[int]()
s.push(1)
s.push(2)
print(type(s).__name__, s.pop(), s.pop(), s.pop())
print(Stack[int], typing.get_origin(Stack[int]) is Stack, typing.get_args(Stack[str]))

Point = NamedTuple('Point', [('x', int), ('y', float)])
p = Point(1, 2.5)
print(p, p.x, p._fields, Point.__annotations__)
Pair = NamedTuple('Pair', a=str, b=int)
print(Pair('q', 3), Pair._fields)

Movie = TypedDict('Movie', {'title': str, 'year': int})
m = Movie(title='Heat', year=1995)
print(m, type(m).__name__)
UserId = typing.NewType('UserId', int)
print(UserId, UserId(7), UserId.__supertype__)

print(cast(int, 'not checked'), cast(List[int], [1]))


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f('ab'))
try:
    overload(f)(1)
except NotImplementedError:
    print('NotImplementedError')


def annotated(a: List[int], b: Dict[str, Optional[int]] = {}) -> typing.Tuple[int, ...]:
    return tuple(a)


print(annotated([1, 2]), typing.final(3), typing.no_type_check(annotated).__no_type_check__)


# A subscripted generic as a base class, and called to make an instance.
K = TypeVar('K')
V = TypeVar('V')


class Registry(Generic[K, V]):
    def __init__(self):
        self.items = {}

    def put(self, key: K, value: V) -> None:
        self.items[key] = value


class NameRegistry(Registry[str, int]):
    pass


class Tagged(Registry[str, V], Generic[V]):
    pass


reg = NameRegistry()
reg.put('a', 1)
print(reg.items, NameRegistry.__mro__[1].__name__, isinstance(reg, Registry))
print(Registry[int, int]().items, Tagged.__mro__[1].__name__)
