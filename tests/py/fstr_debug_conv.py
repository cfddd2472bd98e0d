x = 42
name = "Ada"
items = [1, "two", 3.0]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>6}")
print(f"{x=!r}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{items=}")
print(f"{x * 2 + 1=}")
print(f"{len(items)=}, {items[1]=}")
print(f"{name!r:>8}|{name!s:<6}|{name!a}")
print(f"{'日本'!r} {'日本'!a} {3.0!r} {None!s}")
