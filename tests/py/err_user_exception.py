class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing key {key}")
        self.key = key

print("loading")
raise ConfigError("db")
