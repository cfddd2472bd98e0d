import builtins
print(builtins.len([1, 2]), builtins.open is open, builtins.print is print)
print(builtins.__name__, type(builtins).__name__)
print(hasattr(builtins, "sorted"), hasattr(builtins, "nope"), "range" in dir(builtins))
print(builtins.int("12") + 1, builtins.ValueError is ValueError)
try:
    builtins.nonexistent
except AttributeError as e:
    print("AttributeError", e)
