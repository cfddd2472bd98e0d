# A None passed where a str method's named argument wants a str (an
# encoding that detection failed to find, a missing separator): the
# TypeError says "not None" where CPython's argument parser does, and
# "not NoneType" where the method checks the type itself.
encoding = None
checks = [
    lambda: "text".encode(encoding),
    lambda: "text".encode("utf-8", encoding),
    lambda: b"text".decode(encoding),
    lambda: "text".replace(None, "x"),
    lambda: "text".replace("t", None),
    lambda: "text".removeprefix(None),
    lambda: "text".removesuffix(None),
    lambda: str.maketrans("ab", None),
    lambda: str.maketrans("a", "b", None),
    lambda: "text".partition(None),
    lambda: "text".find(None),
    lambda: "text".count(None),
    lambda: "text".replace(1, "x"),
    lambda: "text".encode(3),
]
for check in checks:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
