# lru_cache keys: equal frozen dataclasses and namedtuples share an entry,
# Enum members (own __hash__, identity equality) hit, plain instances key by
# identity, and a bounded cache evicts the least recently used entry.
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache


@dataclass(frozen=True)
class Cfg:
    size: int
    name: str = "x"


class Mode(Enum):
    FAST = 1
    SLOW = 2


class Plain:
    pass


calls = []


@lru_cache(maxsize=None)
def build(key):
    calls.append(key)
    return len(calls)


for k in [Cfg(1), Cfg(1), Cfg(2), Cfg(1, "x"), Mode.FAST, Mode.FAST, Mode.SLOW]:
    build(k)
p = Plain()
build(p)
build(p)
build(Plain())
print(len(calls), build.cache_info())


@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n


calls.clear()
for n in [1, 2, 1, 3, 2, 1, 1]:
    square(n)
print(calls, square.cache_info())
square.cache_clear()
square(7)
print(square.cache_info())


@lru_cache(maxsize=1000)
def ident(n):
    return n


for i in range(20000):
    ident(i % 1500)
print(ident.cache_info())
