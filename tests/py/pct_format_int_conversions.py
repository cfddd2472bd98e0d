# %o %x %X take only integers; %d %i %u truncate floats.
for f in ("%x", "%o", "%X", "%d", "%i", "%u", "%c", "%5.2x"):
    for v in (2.0, -2.5, True, 65, "s", None, float("nan"), float("inf"), [1]):
        try:
            print(f, repr(v), repr(f % v))
        except Exception as e:
            print(f, repr(v), type(e).__name__, e)
