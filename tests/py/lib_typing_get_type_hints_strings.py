# typing.get_type_hints evaluates string annotations: forward references,
# and every annotation under `from __future__ import annotations`, as a
# config loader that casts command-line strings to field types needs.
from __future__ import annotations

import dataclasses
import typing
from typing import Dict, List, Literal, Optional, Tuple, Union


@dataclasses.dataclass
class TrainConfig:
    lr: float = 0.1
    epochs: int = 3
    name: str = "run"
    tags: List[str] = dataclasses.field(default_factory=list)
    dropout: Optional[float] = None
    mode: Literal["fast", "slow"] = "fast"
    shape: Tuple[int, ...] = (1,)
    extra: Dict[str, int | None] = dataclasses.field(default_factory=dict)


print([(f.name, f.type) for f in dataclasses.fields(TrainConfig)])
hints = typing.get_type_hints(TrainConfig)
print(hints)


def cast(tp, raw):
    origin = typing.get_origin(tp)
    if origin is Union:
        inner = [a for a in typing.get_args(tp) if a is not type(None)][0]
        return None if raw == "none" else cast(inner, raw)
    if origin is list:
        return [cast(typing.get_args(tp)[0], part) for part in raw.split(",")]
    if origin is Literal:
        if raw not in typing.get_args(tp):
            raise ValueError(f"{raw!r} not in {typing.get_args(tp)}")
        return raw
    return tp(raw)


cfg = TrainConfig(**{k: cast(hints[k], v) for k, v in
                     {"lr": "0.01", "epochs": "7", "tags": "a,b", "dropout": "none", "mode": "slow"}.items()})
print(cfg)


class Node:
    children: List[Node]
    parent: Optional["Node"]
    weight: "float"


def link(a: Node, b: "Node", *rest: Node, label: str | None = None) -> Dict[str, Node]:
    return {}


print(typing.get_type_hints(Node))
print(typing.get_type_hints(link))
print(link.__annotations__)
print(repr(List["Node"]), repr(Optional["Node"]), typing.get_args(Union["A", int]))


class Broken:
    field: Missing


try:
    typing.get_type_hints(Broken)
except NameError as e:
    print("NameError", e)
