# The OSError subclasses for pipes, connections and processes, TabError,
# ReferenceError, StopAsyncIteration, __debug__, and json.decoder /
# json.encoder as CPython's json package exposes them.
import json

for cls in [BrokenPipeError, ConnectionResetError, ConnectionAbortedError, ConnectionRefusedError,
            BlockingIOError, ChildProcessError, ProcessLookupError, TabError, ReferenceError,
            StopAsyncIteration]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])
try:
    raise ValueError("x")
except (BrokenPipeError, ConnectionResetError):
    print("pipe")
except ValueError as e:
    print("value error handled", e)
try:
    raise BrokenPipeError(32, "Broken pipe")
except ConnectionError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
print(__debug__, issubclass(TabError, SyntaxError))
if __debug__:
    print("debug on")

try:
    json.loads("{bad")
except json.decoder.JSONDecodeError as e:
    print("caught:", e.msg, e.pos, e.lineno, e.colno)
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder
print(JSONDecodeError is json.JSONDecodeError, JSONDecodeError.__module__, JSONDecoder.__module__,
      JSONEncoder.__module__, JSONEncoder is json.JSONEncoder, repr(JSONDecodeError))
print(JSONDecoder().decode('{"a": [1, 2.5, null]}'), JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
