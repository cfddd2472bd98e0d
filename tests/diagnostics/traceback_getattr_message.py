# An AttributeError raised by a class's __getattr__ reaches the caller
# with its own message.
class Config:
    def __getattr__(self, name):
        raise AttributeError(f"config has no key {name!r}; known keys: size, mean")


cfg = Config()
print(getattr(cfg, "missing", "default"), hasattr(cfg, "missing"))
print(cfg.size_typo)
