# obj.__dict__ = d: the AttrDict idiom, shared state, and replacing the
# attribute dict wholesale.
import copy


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


cfg = AttrDict(lr=0.1, epochs=3)
print(cfg.lr, cfg["epochs"])
cfg.batch = 32
cfg["momentum"] = 0.9
print(cfg.momentum, cfg["batch"], sorted(cfg.items()))
del cfg.lr
print("lr" in cfg, hasattr(cfg, "lr"), getattr(cfg, "lr", None))
print(sorted(vars(cfg)), cfg.keys() == vars(cfg).keys())
print([n for n in dir(cfg) if not n.startswith("_")][:4])


class Borg:
    _shared = {}

    def __init__(self):
        self.__dict__ = self._shared


a = Borg()
b = Borg()
a.state = "ready"
print(b.state, a.__dict__ is b.__dict__, Borg._shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, -2)
p.__dict__ = {"x": 10, "y": 20, "label": "moved"}
print(p.x, p.y, p.label, p.norm1(), vars(p))
p.__dict__.update(z=3)
print(p.z, hasattr(p, "x"))
state = {"x": 7, "y": 8}
p.__dict__ = state
state["x"] = 70
print(p.x, p.y, hasattr(p, "label"))
p2 = copy.copy(p)
print(p2.x, p2.y)
try:
    p.__dict__ = [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
print(p.x)


class Restorable:
    def __init__(self):
        self.data = [1, 2]

    def __getstate__(self):
        return dict(self.__dict__)

    def __setstate__(self, state):
        self.__dict__ = state


r = Restorable()
r2 = copy.deepcopy(r)
r2.data.append(3)
print(r.data, r2.data)
