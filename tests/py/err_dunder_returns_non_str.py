# __format__, __str__ and __repr__ returning a non-str: CPython's
# TypeError wording differs between __format__ and the other two.


class BadFormat:
    def __format__(self, spec):
        return len(spec)


class BadStr:
    def __str__(self):
        return 1.5

    def __repr__(self):
        return None


for attempt in [lambda: format(BadFormat(), "xy"), lambda: f"{BadFormat()}",
                lambda: "{:>3}".format(BadFormat()), lambda: str(BadStr()),
                lambda: repr(BadStr()), lambda: f"{BadStr()!r}", lambda: print(BadStr())]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
f"{BadFormat():spec}"
