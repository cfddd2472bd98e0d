# The TypeErrors of a call's * and ** arguments name the callee as CPython
# does (module, qualified name), and a * in a display says "Value after *".
import collections


def build(name, lr=0.1, **extra):
    return name, lr, sorted(extra.items())


class Trainer:
    def __init__(self, **cfg):
        self.cfg = cfg

    def fit(self, *data, **opts):
        return len(data), sorted(opts)

    @staticmethod
    def make(**cfg):
        return Trainer(**cfg)


base = {"name": "m", "lr": 0.01}
print(build(**base), build(*["x"], **{"depth": 3}), Trainer().fit(*range(3), a=1))
attempts = [
    lambda: build(**base, lr=0.5),
    lambda: build(**base, **{"name": "again"}),
    lambda: Trainer(**{"a": 1}, **{"a": 2}),
    lambda: Trainer().fit(**{"k": 1}, k=2),
    lambda: Trainer.make(**{"x": 1}, x=2),
    lambda: dict(**{"a": 1}, a=2),
    lambda: print(**{"sep": ","}, sep=";"),
    lambda: build(**None),
    lambda: build(**[("name", 1)]),
    lambda: print(**collections.Counter("a")),
    lambda: build(*5),
    lambda: build(*None),
    lambda: Trainer().fit(*3.5),
    lambda: max(*7),
    lambda: build("a", *5),
    lambda: [*None],
    lambda: (1, *2),
    lambda: (lambda **kw: kw)(**{"q": 1}, **{"q": 2}),
]
for i, attempt in enumerate(attempts):
    try:
        print(i, attempt())
    except TypeError as e:
        print(i, "TypeError:", e)
build(*None)
