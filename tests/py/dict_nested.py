cfg = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": True, "timeout": 2.5}}, "tags": ["a", "b"], "empty": {}}
print(cfg)
print(cfg["db"]["opts"]["timeout"], cfg["tags"][-1], cfg.get("db", {}).get("user", "root"))
cfg["db"]["opts"]["retries"] = 3
cfg.setdefault("cache", {})["size"] = 128
print(cfg)
print(repr({"q": "it's", "n": None, "f": -0.0, "t": (1,), "l": [{}], "nested": {1: {2: {3: "deep"}}}}))

def deep_get(d, *keys, default=None):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d

print(deep_get(cfg, "db", "opts", "ssl"), deep_get(cfg, "db", "nope"), deep_get(cfg, "tags", "x", default="dflt"))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print(str({1: [2, {3: 4}]}), {(1, 2): {"x": [3]}})
