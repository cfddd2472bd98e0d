"""Docstring first, then the future import."""
from __future__ import annotations

from typing import List, Optional, Dict
import dataclasses


class Node:
    value: int
    children: List[Node]
    parent: Optional["Node"] = None
    table: Dict[str, List[Tuple[int, ...]]]
    either: int | None
    qualified: dataclasses.Field
    lit: Literal["a", 'b']
    tup: (int, str)
    lst: [int, float]
    nums: Array[1, 2.5, -3, True, None, ...]


def f(x: Undefined, *args: List[int], y: Node | None = None, **kw: Dict) -> Node:
    return None


print(Node.__annotations__)
print(f.__annotations__)
counter: SomethingUndefined = 1
print(__annotations__)
print(counter)
import __future__
print(__future__.annotations)
print(__future__.all_feature_names[:3])
