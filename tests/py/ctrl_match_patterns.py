# match statements: every pattern kind, guards, captures, or-patterns, star
# patterns, mappings with **rest, class patterns (dataclass, namedtuple, enum).
from dataclasses import dataclass
from collections import namedtuple, OrderedDict, deque, defaultdict
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

Box = namedtuple("Box", "x1 y1 x2 y2")

class Raw:
    def __init__(self, kind, data):
        self.kind = kind
        self.data = data

def describe(v):
    match v:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "":
            return "empty str"
        case str(s):
            return f"str {s}"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"long {first}..{last}"
        case {"type": "img", "size": [w, h], **extra}:
            return f"img {w}x{h} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diag {x}"
        case Point(x=px):
            return f"point x={px}"
        case Box(x1, y1, x2, y2):
            return f"box area {(x2 - x1) * (y2 - y1)}"
        case Color.RED:
            return "red"
        case Color():
            return f"color {v.name}"
        case Raw(kind="a" | "b" as k, data=[_, _] as d):
            return f"raw {k} {d}"
        case _:
            return f"other {type(v).__name__}"

values = [None, True, False, 0, -3, 7, 2.5, "", "hi", [], (), [1], (1, 2), [1, 2, 3, 4],
          range(3), deque([9, 8]), {"type": "img", "size": (3, 4), "q": 1, "r": 2},
          {"type": "txt"}, OrderedDict(a=1), defaultdict(int), {}, Point(0, 0), Point(2, 2),
          Point(1, 5), Box(0, 0, 2, 3), Color.RED, Color.GREEN, Raw("a", [1, 2]),
          Raw("c", [1, 2]), Raw("b", (3, 4)), b"xy", bytearray(b"z"), {1, 2}, 1e9]
for v in values:
    print(describe(v))

def cmd(line):
    match line.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["pick", *items] if items:
            return "pick " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown " + verb
        case _:
            return "nothing"
for l in ["go north", "go west", "pick a b", "pick", "quit", "", "exit now"]:
    print(cmd(l))

# captures persist after the match; failed case bindings
match (1, 2):
    case (a, 3):
        pass
    case (a, b):
        pass
print(a, b)
match {"k": [1, {"z": 2}]}:
    case {"k": [_, {"z": zz}]}:
        print("deep", zz)
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield k
            case _:
                yield None
print(list(gen([(1, 2), 3, "ab"])))
for item in [1, [2], 3]:
    match item:
        case [x]:
            continue
        case 3:
            break
    print("after", item)
print(sorted(k for k in locals() if k.startswith("$")))
