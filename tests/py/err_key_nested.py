config = {"db": {"host": "x", "port": 1}}
print(config["db"]["host"])
print(config["db"]["port"])
print(config["db"].get("user", "default"))
print(config["db"]["user"])
