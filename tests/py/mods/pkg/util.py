from pkg import loaded

print("pkg.util imported")
loaded.append("util")


def thing(x):
    return f"thing({x})"


def double(x):
    return x * 2


CONSTANT = 42
