# Containers nested far deeper than the recursion limit: repr, ==, < and
# hash raise RecursionError instead of exhausting the stack; building and
# dropping them is fine.
def nest(n, make):
    x = make()
    for _ in range(n):
        x = make(x)
    return x


lists = nest(200000, lambda *a: list(a))
other = nest(200000, lambda *a: list(a))
for name, f in [
    ("repr", lambda: repr(lists)),
    ("str", lambda: str(nest(200000, lambda *a: tuple(a)))),
    ("==", lambda: lists == other),
    ("<", lambda: lists < other),
    ("dict ==", lambda: nest(200000, lambda *a: {"k": a[0]} if a else {})
     == nest(200000, lambda *a: {"k": a[0]} if a else {})),
]:
    try:
        f()
        print(name, "finished?!")
    except RecursionError as e:
        print(name, "RecursionError:", e)
del lists, other
print("dropped")
