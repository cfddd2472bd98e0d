# pprint: collections containers, SimpleNamespace, dataclasses, subclasses and custom reprs across widths.
import collections
import dataclasses
import pprint
from types import SimpleNamespace


@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = "pt"


class MyList(list):
    pass


class Custom(list):
    def __repr__(self):
        return "Custom!"


values = [
    {"name": "x" * 30, "items": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4)}], "c": "y" * 40}},
    collections.OrderedDict((("z", list(range(20))), ("a", "text " * 12))),
    collections.defaultdict(list, {"k%d" % i: list(range(i)) for i in range(8)}),
    collections.Counter("the quick brown fox jumps over the lazy dog and keeps running far away"),
    collections.deque(range(40)),
    collections.deque(range(40), maxlen=50),
    collections.ChainMap({"a": list(range(15))}, {"b": "word " * 10}),
    SimpleNamespace(alpha=list(range(25)), beta="some text " * 5, gamma={"x": 1}),
    Point(1, list(range(30)), "a fairly long label " * 3),
    collections.OrderedDict(), collections.Counter(), collections.deque(), collections.defaultdict(int),
    MyList(range(40)), Custom(range(40)),
    {1, 2, 3, 40, 50, 60, 7, 8, 9, 100, 200, 300, 400, 500, 600, 700}, frozenset(range(30)),
    {"a": 1, 2: "b", (3, 4): [5]}, [(1,), (2, 3), ()], [[], {}, set(), ""],
]
for obj in values:
    for width in (80, 30, 12):
        print(pprint.pformat(obj, width=width))
    print(pprint.saferepr(obj) == pprint.pformat(obj, width=10 ** 6), pprint.isreadable(obj))
