# dataclass(slots=True): a new class whose __slots__ are the field names.
import copy
import pickle
from dataclasses import InitVar, dataclass, field, fields
from typing import ClassVar


@dataclass(slots=True)
class P:
    x: int
    y: int = 2
    z: list = field(default_factory=list)
    c: ClassVar[int] = 9
    k: InitVar[int] = 0

    def __post_init__(self, k):
        self.y += k

    def total(self):
        return self.x + self.y


p = P(1, k=5)
print(p, p.total(), P.__slots__, hasattr(p, '__dict__'), P.c)
print(P.__name__, P.__qualname__, P.__module__, P.__mro__)
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__match_args__)
try:
    p.w = 3
except AttributeError as e:
    print('AttributeError:', e)
p.x = 10
print(p, p == P(10, 7), P(1) == P(1))


@dataclass(slots=True)
class Q(P):
    w: int = 4


q = Q(1)
print(q, Q.__slots__, hasattr(q, '__dict__'), [f.name for f in fields(Q)])
print(isinstance(q, P), Q.__mro__)


@dataclass(slots=True, weakref_slot=True)
class R:
    a: int


print(R.__slots__, R(1))


@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = 'x'


f = F(1)
print(f, hash(f) == hash(F(1)), F.__slots__, hasattr(f, '__dict__'))
try:
    f.a = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(copy.deepcopy(f), copy.copy(q), pickle.loads(pickle.dumps(f)), f.__getstate__())


class Plain:
    pass


@dataclass(slots=True)
class G(Plain):
    a: int


g = G(1)
g.extra = 5
print(g, hasattr(g, '__dict__'), G.__slots__, g.extra)


@dataclass(slots=True, order=True)
class O:
    a: int
    b: int = 0


print(sorted([O(2), O(1, 5), O(1, 2)]))

try:
    @dataclass(weakref_slot=True)
    class S:
        a: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(slots=True)
    class T:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print('TypeError:', e)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'), NoMatch(3))
