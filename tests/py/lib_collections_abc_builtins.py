# collections.abc: isinstance/issubclass answers for builtin types, collections types and plain classes.
from collections.abc import *
import collections.abc as cabc
import collections
names = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Container", "Sized", "Callable", "Collection",
         "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
         "ItemsView", "ValuesView", "ByteString"]
def gen():
    yield 1
class Plain: pass
class WithEq:
    def __eq__(self, o): return True
samples = [1, 1.5, True, None, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
           {}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(""), iter({}), reversed([]), gen(), len, lambda: 0,
           enumerate([]), zip(), map(len, []), Plain(), WithEq(), Plain, slice(1), collections.deque(), collections.OrderedDict(),
           collections.Counter(), collections.defaultdict(), collections.ChainMap(), ValueError()]
for s in samples:
    print(type(s).__name__, [n for n in names if isinstance(s, getattr(cabc, n))])
for t in (dict, list, tuple, str, bytes, set, frozenset, range, int, object, type, Plain, WithEq):
    print(t.__name__, "".join("1" if issubclass(t, getattr(cabc, n)) else "0" for n in names))
print(collections.abc.Mapping, Mapping.__module__, Mapping.__name__)
print(Mapping[str, int], Callable[[int, str], bool], Callable[..., int], Iterable[int], Callable[[], None])
