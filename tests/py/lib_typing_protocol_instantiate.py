# A protocol class cannot be instantiated (TypeError); a class that
# implements it explicitly can, and runtime checks see both kinds.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Sink(Protocol):
    def write(self, data: bytes) -> int: ...
class Buf(Sink):
    def __init__(self, cap):
        self.cap = cap
        self.data = b""
    def write(self, data):
        self.data += data
        return len(data)
class Plain:
    def write(self, data):
        return 0
for make in (lambda: Sink(), lambda: Buf(4), lambda: Plain()):
    try:
        o = make()
        print(type(o).__name__, isinstance(o, Sink), o.write(b"ab"))
    except TypeError as e:
        print("TypeError:", e)
class SubProto(Sink, Protocol):
    def flush(self) -> None: ...
try:
    SubProto()
except TypeError as e:
    print("TypeError:", e)
