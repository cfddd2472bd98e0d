class ConfigError(Exception):
    pass

def read(cfg):
    try:
        return cfg["size"]
    except KeyError as e:
        raise ConfigError("missing size") from e

read({})
